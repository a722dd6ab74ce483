/** Test factories for Mastodon entities (camelCase, as masto returns them) and deck columns. */
import type { mastodon } from 'masto';
import type { Column } from '../../../electron/ipc/types/deck';

let seq = 100;
const nextId = () => String(++seq);

export function makeAccount(patch: Partial<mastodon.v1.Account> = {}): mastodon.v1.Account {
  const id = patch.id ?? nextId();
  const username = patch.username ?? `user${id}`;
  return {
    id,
    username,
    acct: username,
    url: `https://example.social/@${username}`,
    displayName: username,
    note: '',
    avatar: `https://example.social/avatars/${id}.gif`,
    avatarStatic: `https://example.social/avatars/${id}.png`,
    header: '',
    headerStatic: '',
    locked: false,
    fields: [],
    emojis: [],
    bot: false,
    group: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    lastStatusAt: null,
    statusesCount: 1,
    followersCount: 1,
    followingCount: 1,
    ...patch,
  } as mastodon.v1.Account;
}

export function makeStatus(patch: Partial<mastodon.v1.Status> = {}): mastodon.v1.Status {
  const id = patch.id ?? nextId();
  return {
    id,
    uri: `https://example.social/statuses/${id}`,
    url: `https://example.social/@user/${id}`,
    createdAt: '2025-01-01T12:00:00.000Z',
    editedAt: null,
    account: makeAccount(),
    content: `<p>post ${id}</p>`,
    visibility: 'public',
    sensitive: false,
    spoilerText: '',
    mediaAttachments: [],
    application: { name: 'Test' },
    mentions: [],
    tags: [],
    emojis: [],
    reblogsCount: 0,
    favouritesCount: 0,
    repliesCount: 0,
    quotesCount: 0,
    quoteApproval: { automatic: [], manual: [], currentUser: 'denied' },
    inReplyToId: null,
    inReplyToAccountId: null,
    reblog: null,
    poll: null,
    card: null,
    language: 'en',
    ...patch,
  } as mastodon.v1.Status;
}

export function makeNotification(patch: Partial<mastodon.v1.Notification> = {}): mastodon.v1.Notification {
  const id = patch.id ?? nextId();
  return {
    id,
    type: 'mention',
    createdAt: '2025-01-01T12:00:00.000Z',
    account: makeAccount(),
    groupKey: `ungrouped-${id}`,
    status: makeStatus(),
    ...patch,
  } as mastodon.v1.Notification;
}

export function makeFilterResult(
  title: string,
  action: mastodon.v2.FilterAction,
  context: mastodon.v2.FilterContext[] = ['home', 'public', 'notifications'],
  expiresAt: string | null = null,
): mastodon.v1.FilterResult {
  return {
    filter: { id: title, title, context, expiresAt, filterAction: action, keywords: [], statuses: [] },
    keywordMatches: [title],
    statusMatches: null,
  };
}

/** A deck column with what the layout schema fills in by default (a home column unless told). */
export function makeColumn(patch: Partial<Column> & Pick<Column, 'id'>): Column {
  return { type: 'home', params: {}, width: 'normal', options: {}, ...patch };
}
