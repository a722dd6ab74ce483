import { hashString } from '../generator/prng';
import type { AccountRecord, StatusRecord } from '../store';
import type { World } from '../world';

/**
 * A little federation between fake instances: `search?resolve=true` with another instance's status URL or
 * `@user@127.0.0.1:port` fetches it over that instance's public REST API and stores a remote copy, so
 * multi-account tests can act on a post from another server, as Mastodon would after a WebFinger/AP fetch.
 */

type Json = Record<string, unknown>;

const isLoopback = (host: string): boolean => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host);

async function getJson(url: string): Promise<Json | undefined> {
  try {
    const res = await fetch(url, {
      signal: AbortSignal.timeout(3000),
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return undefined;
    const body: unknown = await res.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Json) : undefined;
  } catch {
    return undefined;
  }
}

const s = (v: unknown): string => (typeof v === 'string' ? v : '');

function importAccount(w: World, origin: string, json: Json): AccountRecord {
  const host = new URL(origin).host;
  const username = s(json['username']);
  const existing = w.store.accountByAcct(`${username}@${host}`, w.domain);
  if (existing) return existing;
  const createdAt = Date.parse(s(json['created_at'])) || w.clock.now();
  const a: AccountRecord = {
    id: w.ids.snowflake(createdAt),
    username,
    domain: host,
    remoteOrigin: origin,
    displayName: s(json['display_name']),
    note: s(json['note']).replace(/<[^>]+>/g, ''),
    noteHtml: s(json['note']),
    fields: [],
    bot: json['bot'] === true,
    group: json['group'] === true,
    locked: json['locked'] === true,
    discoverable: true,
    createdAt,
    look: hashString(s(json['avatar'])) % 1_000_000,
    avatarUpload: null,
    headerUpload: null,
    password: null,
    email: null,
    admin: false,
    language: 'en',
    privacy: 'public',
    sensitiveByDefault: false,
    quotePolicy: 'public',
    extraFollowers: Number(json['followers_count']) || 0,
    extraFollowing: Number(json['following_count']) || 0,
    extraStatuses: Number(json['statuses_count']) || 0,
  };
  w.store.accounts.set(a.id, a);
  return a;
}

export async function resolveRemoteAccount(w: World, acct: string): Promise<AccountRecord | undefined> {
  const [username, host] = acct.replace(/^@/, '').split('@');
  if (!username || !host || !isLoopback(host) || host === w.domain) return undefined;
  const origin = `http://${host}`;
  const json = await getJson(`${origin}/api/v1/accounts/lookup?acct=${encodeURIComponent(username)}`);
  return json ? importAccount(w, origin, json) : undefined;
}

export async function resolveRemoteStatus(w: World, url: string): Promise<StatusRecord | undefined> {
  if (!URL.canParse(url)) return undefined;
  const u = new URL(url);
  const id = /^\/@[^/]+\/(\d+)$/.exec(u.pathname)?.[1] ?? /\/statuses\/(\d+)$/.exec(u.pathname)?.[1];
  if (!id || !isLoopback(u.host) || u.host === w.domain) return undefined;
  const existing = [...w.store.statuses.values()].find((x) => x.remoteUrl === url);
  if (existing) return existing;
  const json = await getJson(`${u.origin}/api/v1/statuses/${id}`);
  const accountJson = json?.['account'];
  if (!json || !accountJson || typeof accountJson !== 'object') return undefined;
  const author = importAccount(w, u.origin, accountJson as Json);
  const createdAt = Date.parse(s(json['created_at'])) || w.clock.now();
  const visibility = s(json['visibility']);
  const record: StatusRecord = {
    id: w.ids.snowflake(createdAt),
    accountId: author.id,
    createdAt,
    editedAt: null,
    text: s(json['content']).replace(/<[^>]+>/g, ''),
    html: s(json['content']),
    spoilerText: s(json['spoiler_text']),
    sensitive: json['sensitive'] === true,
    visibility:
      visibility === 'unlisted' || visibility === 'private' || visibility === 'direct'
        ? visibility
        : 'public',
    language: s(json['language']) || null,
    mentionIds: [],
    tags: Array.isArray(json['tags']) ? json['tags'].map((t) => s((t as Json)['name'])).filter(Boolean) : [],
    emojiCodes: [],
    mediaIds: [],
    pollId: null,
    card: null,
    inReplyToId: null,
    inReplyToAccountId: null,
    reblogOfId: null,
    quote: null,
    quotePolicy: 'public',
    application: null,
    edits: [],
    pinned: false,
    extraFavourites: Number(json['favourites_count']) || 0,
    extraReblogs: Number(json['reblogs_count']) || 0,
    extraReplies: Number(json['replies_count']) || 0,
    remoteUrl: s(json['url']) || url,
    translation: null,
    ephemeral: false,
  };
  w.store.addStatus(record);
  return record;
}
