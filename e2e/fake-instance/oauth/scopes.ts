/**
 * OAuth scopes as Mastodon checks them: `read`/`write` cover their granular children, the deprecated
 * `follow` covers follows, blocks and mutes.
 * @see https://docs.joinmastodon.org/api/oauth-scopes/
 */
const GRANULAR = {
  read: [
    'accounts',
    'blocks',
    'bookmarks',
    'favourites',
    'filters',
    'follows',
    'lists',
    'mutes',
    'notifications',
    'search',
    'statuses',
  ],
  write: [
    'accounts',
    'blocks',
    'bookmarks',
    'conversations',
    'favourites',
    'filters',
    'follows',
    'lists',
    'media',
    'mutes',
    'notifications',
    'reports',
    'statuses',
  ],
};

export const ALL_SCOPES: string[] = [
  'read',
  'write',
  'push',
  'follow',
  'profile',
  ...GRANULAR.read.map((s) => `read:${s}`),
  ...GRANULAR.write.map((s) => `write:${s}`),
  'admin:read',
  'admin:write',
];

const FOLLOW_COVERS = new Set([
  'read:follows',
  'write:follows',
  'read:blocks',
  'write:blocks',
  'read:mutes',
  'write:mutes',
]);

export function parseScopes(value: string | undefined): string[] {
  return (value ?? '').split(/[\s+]+/).filter(Boolean);
}

export function isKnownScope(scope: string): boolean {
  return ALL_SCOPES.includes(scope);
}

/** Whether a token with `granted` scopes may use an endpoint that needs `required`. */
export function scopeAllows(granted: readonly string[], required: string): boolean {
  if (granted.includes(required)) return true;
  const [top] = required.split(':');
  if (top && required.includes(':') && granted.includes(top)) return true;
  if (granted.includes('follow') && FOLLOW_COVERS.has(required)) return true;
  return false;
}
