/**
 * The scopes Pouet asks for. A full client reads and writes nearly everything (timelines, notifications,
 * statuses, favourites, bookmarks, lists, follows, blocks, mutes, media, filters, reports…), so the granular
 * `read:*`/`write:*` list would grant the same power while breaking each time a feature needs one more;
 * `push` is for Web Push subscriptions. `follow` is deprecated since 3.5 and covered by `write`.
 * When a server lists `scopes_supported` (4.3+), only scopes it knows are requested, so an implementation
 * without `push` does not refuse the whole request with `invalid_scope`.
 * @see https://docs.joinmastodon.org/api/oauth-scopes/
 */
export const wantedScopes = ['read', 'write', 'push'] as const;

/** Space-separated scopes to register and authorise with. */
export function chooseScopes(scopesSupported: readonly string[] | undefined): string {
  const supported = scopesSupported && scopesSupported.length > 0 ? new Set(scopesSupported) : undefined;
  const chosen = supported ? wantedScopes.filter((scope) => supported.has(scope)) : [...wantedScopes];
  // A server listing neither read nor write is describing something else; ask for the usual set.
  return (chosen.includes('read') ? chosen : [...wantedScopes]).join(' ');
}
