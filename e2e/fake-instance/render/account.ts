import type { mastodon } from 'masto';
import { iso } from '../clock';
import { compareIds } from '../ids';
import type { AccountRecord } from '../store';
import { accountUrl, acct, avatarUrl, headerUrl } from '../urls';
import type { World } from '../world';
import { renderEmojis, shortcodesIn } from './emoji';

/** Mastodon reports account creation and last post as whole days. */
const day = (ms: number): string => iso(ms).slice(0, 10);
const midnight = (ms: number): string => `${day(ms)}T00:00:00.000Z`;

export function renderAccount(w: World, a: AccountRecord): mastodon.v1.Account {
  const store = w.store;
  const { count: statuses, last: lastStatus } = store.postStats(a.id);
  return {
    id: a.id,
    username: a.username,
    acct: acct(a),
    url: accountUrl(w, a),
    displayName: a.displayName,
    note: a.noteHtml,
    avatar: avatarUrl(w, a),
    avatarStatic: avatarUrl(w, a),
    header: headerUrl(w, a),
    headerStatic: headerUrl(w, a),
    locked: a.locked,
    fields: a.fields.map((f) => ({ name: f.name, value: f.value, verifiedAt: f.verifiedAt })),
    emojis: renderEmojis(
      w,
      shortcodesIn(a.displayName, a.note, ...a.fields.flatMap((f) => [f.name, f.value])),
    ),
    bot: a.bot,
    group: a.group,
    discoverable: a.discoverable,
    noindex: false,
    createdAt: midnight(a.createdAt),
    // Mastodon sends null before the first post; masto declares a string.
    lastStatusAt: lastStatus ? day(lastStatus) : (null as unknown as string),
    statusesCount: statuses + a.extraStatuses,
    followersCount: store.followerIds(a.id).length + a.extraFollowers,
    followingCount: store.followingIds(a.id).length + a.extraFollowing,
    roles: a.admin ? [{ id: 3, name: 'Owner', color: '' }] : [],
    featureApproval: { automatic: [], manual: [], current_user: 'denied' },
  };
}

const OWNER_ROLE: mastodon.v1.Role = {
  id: 3,
  name: 'Owner',
  color: '',
  position: 1000,
  permissions: 1,
  highlighted: true,
  createdAt: '2022-09-08T22:48:07.983Z',
  updatedAt: '2022-09-08T22:48:07.983Z',
  collectionLimit: 10,
};

const USER_ROLE: mastodon.v1.Role = {
  id: -99,
  name: '',
  color: '',
  position: -1,
  permissions: 65536,
  highlighted: false,
  createdAt: '2022-09-08T22:48:07.983Z',
  updatedAt: '2022-09-08T22:48:07.983Z',
  collectionLimit: 0,
};

export function renderCredentialAccount(w: World, a: AccountRecord): mastodon.v1.CredentialAccount {
  const role = a.admin ? OWNER_ROLE : USER_ROLE;
  let pending = 0;
  for (const targets of w.store.followRequests.values()) if (targets.has(a.id)) pending++;
  return {
    ...renderAccount(w, a),
    source: {
      attributionDomains: [],
      note: a.note,
      fields: a.fields.map((f) => ({
        name: f.name,
        value: f.value.replace(/<[^>]+>/g, ''),
        verifiedAt: f.verifiedAt,
      })),
      privacy: a.privacy,
      sensitive: a.sensitiveByDefault,
      language: a.language,
      followRequestsCount: pending,
      hideCollections: false,
      discoverable: a.discoverable,
      indexable: true,
      quotePolicy: a.quotePolicy,
      role,
    },
    role,
  };
}

export function renderPartialAccount(w: World, a: AccountRecord): mastodon.v1.PartialAccountWithAvatar {
  return {
    id: a.id,
    acct: acct(a),
    url: accountUrl(w, a),
    avatar: avatarUrl(w, a),
    avatarStatic: avatarUrl(w, a),
    locked: a.locked,
    bot: a.bot,
  };
}

export function renderAccounts(w: World, ids: Iterable<string>): mastodon.v1.Account[] {
  const out: mastodon.v1.Account[] = [];
  for (const id of ids) {
    const a = w.store.account(id);
    if (a) out.push(renderAccount(w, a));
  }
  return out;
}

export const byIdDesc = (a: { id: string }, b: { id: string }): number => compareIds(b.id, a.id);
