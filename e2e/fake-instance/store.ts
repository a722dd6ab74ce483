import type { mastodon } from 'masto';
import { compareIds } from './ids';

/**
 * Everything the instance knows, as plain records. Entities are rendered from these per viewer
 * (render/*), so per-user fields such as `favourited` or `filtered` stay correct everywhere.
 */
export type Visibility = mastodon.v1.StatusVisibility;
export type QuotePolicy = 'public' | 'followers' | 'nobody';

export interface AccountRecord {
  id: string;
  username: string;
  /** `null` for local accounts. */
  domain: string | null;
  /** Where a remote account really lives when it is not `https://{domain}` (another fake instance). */
  remoteOrigin: string | null;
  displayName: string;
  note: string;
  noteHtml: string;
  fields: { name: string; value: string; verifiedAt: string | null }[];
  bot: boolean;
  group: boolean;
  locked: boolean;
  discoverable: boolean;
  createdAt: number;
  /** Drives the generated avatar and header (and changes with uploads, so URLs change too). */
  look: number;
  avatarUpload: { type: string; data: Buffer } | null;
  headerUpload: { type: string; data: Buffer } | null;
  password: string | null;
  email: string | null;
  admin: boolean;
  language: string;
  privacy: Visibility;
  sensitiveByDefault: boolean;
  quotePolicy: QuotePolicy;
  /** Counts a remote server would report beyond what this instance holds. */
  extraFollowers: number;
  extraFollowing: number;
  extraStatuses: number;
}

export interface CardRecord {
  url: string;
  title: string;
  description: string;
  providerName: string;
  authorName: string;
  image: string | null;
  width: number;
  height: number;
  type: mastodon.v1.PreviewCardType;
  blurhash: string;
  language: string;
  publishedAt: string;
}

export interface EditRecord {
  text: string;
  html: string;
  spoilerText: string;
  sensitive: boolean;
  mediaIds: string[];
  pollOptions: string[] | null;
  createdAt: number;
}

export interface StatusRecord {
  id: string;
  accountId: string;
  createdAt: number;
  editedAt: number | null;
  text: string;
  html: string;
  spoilerText: string;
  sensitive: boolean;
  visibility: Visibility;
  language: string | null;
  mentionIds: string[];
  tags: string[];
  emojiCodes: string[];
  mediaIds: string[];
  pollId: string | null;
  card: CardRecord | null;
  inReplyToId: string | null;
  inReplyToAccountId: string | null;
  reblogOfId: string | null;
  quote: { statusId: string; state: mastodon.v1.QuoteState } | null;
  quotePolicy: QuotePolicy;
  application: { name: string; website: string | null } | null;
  /** Previous versions, oldest first (the current one is the record itself). */
  edits: EditRecord[];
  pinned: boolean;
  extraFavourites: number;
  extraReblogs: number;
  extraReplies: number;
  /** The canonical URL of a status fetched from another server. */
  remoteUrl: string | null;
  /** English rendering for seeded foreign-language posts (used by /translate). */
  translation: string | null;
  /** Set when the post came from the firehose, so old ones can be trimmed. */
  ephemeral: boolean;
}

export interface MediaRecord {
  id: string;
  accountId: string;
  type: mastodon.v1.MediaAttachmentType;
  contentType: string;
  extension: string;
  /** Uploaded bytes; generated media (seed) render from `look` instead. */
  data: Buffer | null;
  look: number;
  width: number;
  height: number;
  duration: number | null;
  description: string | null;
  focus: { x: number; y: number } | null;
  blurhash: string;
  createdAt: number;
  readyAt: number;
  statusId: string | null;
  remoteDomain: string | null;
}

export interface PollRecord {
  id: string;
  statusId: string;
  options: string[];
  multiple: boolean;
  hideTotals: boolean;
  expiresAt: number | null;
  votes: Map<string, number[]>;
  extraVotes: number[];
  extraVoters: number;
}

export interface NotificationRecord {
  id: string;
  recipientId: string;
  type: mastodon.v1.NotificationType;
  fromId: string;
  statusId: string | null;
  reportId: string | null;
  createdAt: number;
  groupKey: string;
}

export interface FollowRecord {
  id: string;
  reblogs: boolean;
  notify: boolean;
  languages: string[] | null;
  createdAt: number;
}

export interface MuteRecord {
  id: string;
  notifications: boolean;
  expiresAt: number | null;
}

export interface ListRecord {
  id: string;
  ownerId: string;
  title: string;
  repliesPolicy: mastodon.v1.ListRepliesPolicy;
  exclusive: boolean;
  members: Set<string>;
}

export interface FilterRecord {
  id: string;
  ownerId: string;
  title: string;
  context: mastodon.v2.FilterContext[];
  action: mastodon.v2.FilterAction;
  expiresAt: number | null;
  keywords: { id: string; keyword: string; wholeWord: boolean }[];
  statuses: { id: string; statusId: string }[];
}

export interface MarkerRecord {
  lastReadId: string;
  version: number;
  updatedAt: number;
}

export interface AppRecord {
  id: string;
  clientId: string;
  clientSecret: string;
  name: string;
  website: string | null;
  redirectUris: string[];
  scopes: string[];
  createdAt: number;
}

export interface AuthCodeRecord {
  code: string;
  appId: string;
  accountId: string;
  redirectUri: string;
  scopes: string[];
  challenge: string | null;
  expiresAt: number;
  used: boolean;
}

export interface TokenRecord {
  id: string;
  token: string;
  appId: string | null;
  accountId: string | null;
  scopes: string[];
  createdAt: number;
  revokedAt: number | null;
}

export interface InteractionRecord {
  id: string;
  accountId: string;
  statusId: string;
}

export interface ReportRecord {
  id: string;
  reporterId: string;
  targetId: string;
  statusIds: string[];
  ruleIds: string[];
  comment: string;
  category: mastodon.v1.ReportCategory;
  forwarded: boolean;
  createdAt: number;
}

export interface ConversationRecord {
  id: string;
  accountId: string;
  rootId: string;
  lastStatusId: string;
  unread: boolean;
}

export interface ScheduledRecord {
  id: string;
  accountId: string;
  scheduledAt: number;
  params: Record<string, unknown>;
  mediaIds: string[];
}

export interface CustomEmojiRecord {
  shortcode: string;
  category: string | null;
  visibleInPicker: boolean;
  look: number;
}

export interface AnnouncementRecord {
  id: string;
  content: string;
  publishedAt: number;
  dismissedBy: Set<string>;
}

function indexAdd(index: Map<string, Set<string>>, key: string, value: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

type Graph<T> = Map<string, Map<string, T>>;

function edge<T>(graph: Graph<T>, from: string, to: string): T | undefined {
  return graph.get(from)?.get(to);
}

function setEdge<T>(graph: Graph<T>, from: string, to: string, value: T): void {
  let out = graph.get(from);
  if (!out) graph.set(from, (out = new Map()));
  out.set(to, value);
}

export class Store {
  accounts = new Map<string, AccountRecord>();
  statuses = new Map<string, StatusRecord>();
  /** All status ids, ascending (see compareIds); timelines walk it backwards. */
  statusOrder: string[] = [];
  media = new Map<string, MediaRecord>();
  polls = new Map<string, PollRecord>();
  notifications: NotificationRecord[] = [];
  follows: Graph<FollowRecord> = new Map();
  followRequests: Graph<FollowRecord> = new Map();
  mutes: Graph<MuteRecord> = new Map();
  blocks: Graph<{ id: string }> = new Map();
  domainBlocks = new Map<string, Set<string>>();
  endorsements = new Map<string, Set<string>>();
  accountNotes = new Map<string, string>();
  lists = new Map<string, ListRecord>();
  followedTags = new Map<string, Map<string, string>>();
  filters = new Map<string, FilterRecord>();
  markers = new Map<string, Partial<Record<mastodon.v1.MarkerTimeline, MarkerRecord>>>();
  apps = new Map<string, AppRecord>();
  authCodes = new Map<string, AuthCodeRecord>();
  tokens = new Map<string, TokenRecord>();
  favourites: InteractionRecord[] = [];
  bookmarks: InteractionRecord[] = [];
  mutedConversations = new Map<string, Set<string>>();
  reports: ReportRecord[] = [];
  conversations: ConversationRecord[] = [];
  scheduled = new Map<string, ScheduledRecord>();
  customEmojis: CustomEmojiRecord[] = [];
  announcements: AnnouncementRecord[] = [];
  idempotency = new Map<string, { statusId: string; at: number }>();
  /** Browser sessions of the OAuth sign-in page (cookie value → account id). */
  sessions = new Map<string, string>();
  tagIds = new Map<string, string>();
  private replyIndex = new Map<string, Set<string>>();
  private reblogIndex = new Map<string, Set<string>>();
  private quoteIndex = new Map<string, Set<string>>();
  private favouriteIndex = new Map<string, Set<string>>();
  private postCounts = new Map<string, { count: number; last: number }>();

  // Accounts ------------------------------------------------------------------------------------
  account(id: string): AccountRecord | undefined {
    return this.accounts.get(id);
  }

  /** `alice`, `@alice`, `alice@this.domain` or `carol@remote.example`. */
  accountByAcct(acct: string, localDomain: string): AccountRecord | undefined {
    const clean = acct.replace(/^@/, '').toLowerCase();
    const [username, domain] = clean.split('@') as [string, string | undefined];
    const wantDomain = domain && domain !== localDomain.toLowerCase() ? domain : null;
    for (const a of this.accounts.values()) {
      if (a.username.toLowerCase() === username && (a.domain?.toLowerCase() ?? null) === wantDomain) return a;
    }
    return undefined;
  }

  localAccounts(): AccountRecord[] {
    return [...this.accounts.values()].filter((a) => a.domain === null);
  }

  // Statuses ------------------------------------------------------------------------------------
  status(id: string): StatusRecord | undefined {
    return this.statuses.get(id);
  }

  addStatus(s: StatusRecord): void {
    this.statuses.set(s.id, s);
    if (s.inReplyToId) indexAdd(this.replyIndex, s.inReplyToId, s.id);
    if (s.reblogOfId) indexAdd(this.reblogIndex, s.reblogOfId, s.id);
    if (s.quote) indexAdd(this.quoteIndex, s.quote.statusId, s.id);
    if (s.visibility !== 'direct') {
      const c = this.postCounts.get(s.accountId) ?? { count: 0, last: 0 };
      this.postCounts.set(s.accountId, { count: c.count + 1, last: Math.max(c.last, s.createdAt) });
    }
    const order = this.statusOrder;
    const last = order[order.length - 1];
    if (last === undefined || compareIds(last, s.id) < 0) order.push(s.id);
    else {
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareIds(order[mid]!, s.id) < 0) lo = mid + 1;
        else hi = mid;
      }
      order.splice(lo, 0, s.id);
    }
  }

  removeStatus(id: string): void {
    const s = this.statuses.get(id);
    if (!s) return;
    this.statuses.delete(id);
    if (s.inReplyToId) this.replyIndex.get(s.inReplyToId)?.delete(id);
    if (s.reblogOfId) this.reblogIndex.get(s.reblogOfId)?.delete(id);
    if (s.quote) this.quoteIndex.get(s.quote.statusId)?.delete(id);
    const c = this.postCounts.get(s.accountId);
    if (c && s.visibility !== 'direct') c.count -= 1;
    const i = this.statusOrder.indexOf(id);
    if (i >= 0) this.statusOrder.splice(i, 1);
  }

  /** Newest first. */
  *statusesDesc(): Generator<StatusRecord> {
    for (let i = this.statusOrder.length - 1; i >= 0; i--) {
      const s = this.statuses.get(this.statusOrder[i]!);
      if (s) yield s;
    }
  }

  repliesTo(id: string): StatusRecord[] {
    return this.indexed(this.replyIndex, id).sort((a, b) => compareIds(a.id, b.id));
  }

  reblogsOf(id: string): StatusRecord[] {
    return this.indexed(this.reblogIndex, id);
  }

  reblogBy(accountId: string, statusId: string): StatusRecord | undefined {
    return this.reblogsOf(statusId).find((s) => s.accountId === accountId);
  }

  private indexed(index: Map<string, Set<string>>, id: string): StatusRecord[] {
    const out: StatusRecord[] = [];
    for (const childId of index.get(id) ?? []) {
      const s = this.statuses.get(childId);
      if (s) out.push(s);
    }
    return out;
  }

  quotesOf(id: string): StatusRecord[] {
    return this.indexed(this.quoteIndex, id).sort((a, b) => compareIds(b.id, a.id));
  }

  /** Posts (not private mentions) by an account, and the time of the newest. */
  postStats(accountId: string): { count: number; last: number } {
    return this.postCounts.get(accountId) ?? { count: 0, last: 0 };
  }

  // Relationships ---------------------------------------------------------------------------------
  follow(from: string, to: string): FollowRecord | undefined {
    return edge(this.follows, from, to);
  }
  isFollowing(from: string, to: string): boolean {
    return this.follow(from, to) !== undefined;
  }
  setFollow(from: string, to: string, rec: FollowRecord): void {
    setEdge(this.follows, from, to, rec);
  }
  unfollow(from: string, to: string): void {
    this.follows.get(from)?.delete(to);
  }
  followingIds(from: string): string[] {
    return [...(this.follows.get(from)?.keys() ?? [])];
  }
  followerIds(of: string): string[] {
    const out: string[] = [];
    for (const [from, targets] of this.follows) if (targets.has(of)) out.push(from);
    return out;
  }
  requested(from: string, to: string): FollowRecord | undefined {
    return edge(this.followRequests, from, to);
  }
  setRequest(from: string, to: string, rec: FollowRecord): void {
    setEdge(this.followRequests, from, to, rec);
  }
  muting(from: string, to: string): MuteRecord | undefined {
    return edge(this.mutes, from, to);
  }
  setMute(from: string, to: string, rec: MuteRecord): void {
    setEdge(this.mutes, from, to, rec);
  }
  isBlocking(from: string, to: string): boolean {
    return edge(this.blocks, from, to) !== undefined;
  }
  setBlock(from: string, to: string, id: string): void {
    setEdge(this.blocks, from, to, { id });
  }

  isFavourited(accountId: string, statusId: string): boolean {
    return this.favouriteIndex.get(statusId)?.has(accountId) ?? false;
  }
  favouriteCount(statusId: string): number {
    return this.favouriteIndex.get(statusId)?.size ?? 0;
  }
  addFavourite(rec: InteractionRecord): void {
    this.favourites.push(rec);
    indexAdd(this.favouriteIndex, rec.statusId, rec.accountId);
  }
  removeFavourite(accountId: string, statusId: string): void {
    this.favourites = this.favourites.filter((f) => !(f.accountId === accountId && f.statusId === statusId));
    this.favouriteIndex.get(statusId)?.delete(accountId);
  }
  isBookmarked(accountId: string, statusId: string): boolean {
    return this.bookmarks.some((f) => f.accountId === accountId && f.statusId === statusId);
  }

  followedTagNames(accountId: string): Set<string> {
    return new Set(this.followedTags.get(accountId)?.keys() ?? []);
  }

  tagId(name: string, mint: () => string): string {
    const key = name.toLowerCase();
    let id = this.tagIds.get(key);
    if (!id) this.tagIds.set(key, (id = mint()));
    return id;
  }
}
