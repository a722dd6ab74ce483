import type { Column } from '../../../../electron/ipc/types/deck';
import {
  normalizeInstanceUrl,
  parseLinkHeader,
  withAccount,
  withPublicInstance,
  type Cursor,
  type mastodon,
  type StreamSpec,
} from '../../mastodon';
import type { FeedItem, FeedKind, FeedOrder, FeedPage, FeedRules, Status } from './feed-types';
import { filterContextFor, type FilterContext } from './filters';
import type { NewerPage } from './gaps';
import { markerTimelineFor, type MarkerTimeline } from './markers';
import { contentOf, conversationItem, statusItem } from './merge';
import { withPendingInItem } from './status-cache';

/** Everything a column needs to load, stream and sync its feed; built from the column alone. */
export interface FeedSource {
  /** react-query key: `['acct', accountId, 'timeline', type, …]` (or `['public', origin, …]`). */
  key: readonly unknown[];
  accountId: string | undefined;
  kind: FeedKind;
  order: FeedOrder;
  rules: FeedRules;
  /** Streams to subscribe to (several for a hashtag column in "any" mode). */
  streams: StreamSpec[];
  filterContext: FilterContext | undefined;
  markerTimeline: MarkerTimeline | undefined;
  /** Refresh period for feeds that cannot stream (another server's timeline, a profile). */
  pollMs: number | undefined;
  fetchPage(cursor: Cursor | null): Promise<FeedPage>;
  /** Items right after `minId` (walking forward); absent where ids are not the pagination cursor. */
  fetchNewer: ((minId: string) => Promise<NewerPage>) | undefined;
}

/** Mastodon's maximum page size for timelines. */
export const pageSize = 40;

interface PageParams {
  maxId?: string;
  minId?: string;
  sinceId?: string;
  offset?: number;
  limit: number;
}

interface RawPage<T> {
  headers: Headers;
  data: T[];
}

type Lister<T> = (rest: mastodon.rest.Client, params: PageParams) => PromiseLike<RawPage<T>>;

interface Recipe<T> {
  kind: FeedKind;
  order: FeedOrder;
  streams: StreamSpec[];
  list: Lister<T>;
  toItem: (entity: T) => FeedItem;
  /** `offset` feeds (search, trending) page by count when the server sends no Link header. */
  paging: 'link' | 'offset';
  keyParts: readonly unknown[];
  rules?: Pick<FeedRules, 'acceptsStatus'>;
  pollMs?: number;
}

type ParamValue = Column['params'][string] | undefined;
const text = (value: ParamValue): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? '') : '';
const texts = (value: ParamValue): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
const flag = (value: ParamValue): boolean => value === true || value === 'true';

function toPage<T>(
  response: RawPage<T>,
  toItem: (entity: T) => FeedItem,
  paging: Recipe<T>['paging'],
  cursor: Cursor | null,
): FeedPage {
  const items = response.data.map(toItem);
  if (response.data.length === 0) return { items, next: null };
  const link = parseLinkHeader(response.headers.get('link')).next;
  if (link) return { items, next: link };
  if (paging === 'offset' && response.data.length >= pageSize) {
    return { items, next: { offset: (cursor?.offset ?? 0) + response.data.length } };
  }
  return { items, next: null };
}

const hasMedia = (status: Status) => contentOf(status).mediaAttachments.length > 0;
const tagsOf = (status: Status) => new Set(contentOf(status).tags.map((tag) => tag.name.toLowerCase()));

const statusRecipe = (
  keyParts: readonly unknown[],
  streams: StreamSpec[],
  list: Lister<Status>,
  extra: Partial<Recipe<Status>> = {},
): Recipe<Status> => ({
  kind: 'statuses',
  order: 'chronological',
  streams,
  list,
  toItem: statusItem,
  paging: 'link',
  keyParts,
  ...extra,
});

const publicStream = (base: 'public' | 'public:local' | 'public:remote', media: boolean): StreamSpec => ({
  stream: media ? `${base}:media` : base,
});

/** The timeline of a hashtag column: `tags` with mode any/all, optional `none` tags and local only. */
function hashtagRecipe(column: Column): Recipe<Status> | undefined {
  const tags = texts(column.params['tags']).map((tag) => tag.replace(/^#/, '').toLowerCase());
  const none = texts(column.params['none']).map((tag) => tag.replace(/^#/, '').toLowerCase());
  const [first, ...others] = tags;
  if (!first) return undefined;
  const mode = text(column.params['mode']) === 'all' ? 'all' : 'any';
  const local = flag(column.params['local']);
  const onlyMedia = Boolean(column.options.mediaOnly);
  const stream = local ? 'hashtag:local' : 'hashtag';
  // "any" needs a stream per tag; "all" only the first (every match carries it), filtered below.
  const streams = (mode === 'any' ? tags : [first]).map((tag): StreamSpec => ({ stream, tag }));
  return statusRecipe(
    ['hashtag', mode, tags, none, local, onlyMedia],
    streams,
    (rest, params) => {
      const query: mastodon.rest.v1.ListTimelineParams & { any?: string[]; all?: string[]; none?: string[] } =
        {
          ...params,
          ...(local && { local: true }),
          ...(onlyMedia && { onlyMedia: true }),
          ...(others.length > 0 && (mode === 'all' ? { all: others } : { any: others })),
          ...(none.length > 0 && { none }),
        };
      return rest.v1.timelines.tag.$select(first).list.$raw(query);
    },
    {
      rules: {
        acceptsStatus: (status) => {
          const present = tagsOf(status);
          if (none.some((tag) => present.has(tag))) return false;
          if (mode === 'all' && !tags.every((tag) => present.has(tag))) return false;
          if (mode === 'any' && !tags.some((tag) => present.has(tag))) return false;
          return !onlyMedia || hasMedia(status);
        },
      },
    },
  );
}

/** A recipe whatever its entity type (an existential: the caller gets it back through `use`). */
type SomeRecipe = <R>(use: <T>(recipe: Recipe<T>) => R) => R;
const some =
  <T>(recipe: Recipe<T>): SomeRecipe =>
  (use) =>
    use(recipe);

function recipeFor(column: Column): SomeRecipe | undefined {
  const { params, options } = column;
  const onlyMedia = Boolean(options.mediaOnly);
  const media = onlyMedia ? { onlyMedia: true } : {};
  switch (column.type) {
    case 'home':
      return some(
        statusRecipe(['home'], [{ stream: 'user' }], (rest, p) => rest.v1.timelines.home.list.$raw(p)),
      );
    case 'local':
      return some(
        statusRecipe(['local', onlyMedia], [publicStream('public:local', onlyMedia)], (rest, p) =>
          rest.v1.timelines.public.list.$raw({ ...p, local: true, ...media }),
        ),
      );
    case 'federated':
      return some(
        statusRecipe(['federated', onlyMedia], [publicStream('public', onlyMedia)], (rest, p) =>
          rest.v1.timelines.public.list.$raw({ ...p, ...media }),
        ),
      );
    case 'remote':
      return some(
        statusRecipe(['remote', onlyMedia], [publicStream('public:remote', onlyMedia)], (rest, p) =>
          rest.v1.timelines.public.list.$raw({ ...p, remote: true, ...media }),
        ),
      );
    case 'hashtag': {
      const recipe = hashtagRecipe(column);
      return recipe && some(recipe);
    }
    case 'list': {
      const listId = text(params['listId']);
      if (!listId) return undefined;
      return some(
        statusRecipe(['list', listId], [{ stream: 'list', list: listId }], (rest, p) =>
          rest.v1.timelines.list.$select(listId).list.$raw(p),
        ),
      );
    }
    case 'profile': {
      const accountId = text(params['accountId']);
      if (!accountId) return undefined;
      const tab = text(params['tab']) || 'posts';
      return some(
        statusRecipe(
          ['profile', accountId, tab],
          [],
          (rest, p) =>
            rest.v1.accounts.$select(accountId).statuses.list.$raw({
              ...p,
              ...(tab === 'posts' && { excludeReplies: true }),
              ...(tab === 'media' && { onlyMedia: true }),
            }),
          { pollMs: 120_000 },
        ),
      );
    }
    case 'bookmarks':
      // Paged by bookmark id, not status id: server order, no min_id walking.
      return some(
        statusRecipe(['bookmarks'], [], (rest, p) => rest.v1.bookmarks.list.$raw(p), { order: 'server' }),
      );
    case 'favourites':
      return some(
        statusRecipe(['favourites'], [], (rest, p) => rest.v1.favourites.list.$raw(p), { order: 'server' }),
      );
    case 'trending':
      return some(
        statusRecipe(
          ['trending'],
          [],
          (rest, p) => {
            const query: mastodon.DefaultPaginationParams & { offset?: number } = {
              limit: 20,
              offset: p.offset ?? 0,
            };
            return rest.v1.trends.statuses.list.$raw(query);
          },
          { order: 'server', paging: 'offset' },
        ),
      );
    case 'search': {
      const q = text(params['q']).trim();
      if (!q) return undefined;
      return some(
        statusRecipe(
          ['search', q],
          [],
          async (rest, p) => {
            const response = await rest.v2.search.list.$raw({
              q,
              type: 'statuses',
              limit: p.limit,
              offset: p.offset ?? 0,
            });
            return { headers: response.headers, data: response.data.statuses };
          },
          { order: 'server', paging: 'offset' },
        ),
      );
    }
    case 'notifications':
    case 'mentions':
    case 'all-notifications':
      // Grouped notifications, with their own feeds and streams: features/notifications (see ColumnFeed).
      return undefined;
    case 'direct': {
      const recipe: Recipe<mastodon.v1.Conversation> = {
        kind: 'conversations',
        order: 'server',
        streams: [{ stream: 'direct' }],
        list: (rest, p) => rest.v1.conversations.list.$raw(p),
        toItem: conversationItem,
        paging: 'link',
        keyParts: ['direct'],
      };
      return some(recipe);
    }
    case 'public-instance':
      return some(
        statusRecipe(
          ['public-instance'],
          [],
          (rest, p) => rest.v1.timelines.public.list.$raw({ ...p, local: true }),
          {
            pollMs: 60_000,
          },
        ),
      );
  }
}

function build<T>(column: Column, recipe: Recipe<T>): FeedSource | undefined {
  const instance = column.type === 'public-instance' ? text(column.params['instance']) : '';
  let origin = '';
  if (column.type === 'public-instance') {
    try {
      origin = normalizeInstanceUrl(instance);
    } catch {
      return undefined;
    }
  } else if (!column.accountId) {
    return undefined;
  }
  const accountId = column.type === 'public-instance' ? undefined : column.accountId;
  const run = <R>(call: (rest: mastodon.rest.Client) => Promise<R>): Promise<R> =>
    accountId ? withAccount(accountId, ({ rest }) => call(rest)) : withPublicInstance(origin, call);
  const chronological = recipe.order === 'chronological';
  const toItem = (entity: T) => withPendingInItem(accountId, recipe.toItem(entity));
  return {
    key: accountId
      ? ['acct', accountId, 'timeline', ...recipe.keyParts]
      : ['public', origin, 'timeline', ...recipe.keyParts],
    accountId,
    kind: recipe.kind,
    order: recipe.order,
    rules: { kind: recipe.kind, order: recipe.order, ...recipe.rules },
    streams: accountId ? recipe.streams : [],
    filterContext: filterContextFor(column.type),
    markerTimeline: markerTimelineFor(column.type),
    pollMs: recipe.pollMs,
    fetchPage: (cursor) =>
      run(async (rest) =>
        toPage(await recipe.list(rest, { ...cursor, limit: pageSize }), toItem, recipe.paging, cursor),
      ),
    fetchNewer: chronological
      ? (minId) =>
          run(async (rest) => {
            const response = await recipe.list(rest, { minId, limit: pageSize });
            return { items: response.data.map(toItem), full: response.data.length >= pageSize };
          })
      : undefined,
  };
}

/** The feed behind a column, or undefined when the column lacks what its type needs (no account, no tag…). */
export function feedSourceFor(column: Column): FeedSource | undefined {
  return recipeFor(column)?.((recipe) => build(column, recipe));
}

/** A stable identity for memoising a column's source: only what changes the feed. */
export const feedIdentity = (column: Column): string =>
  JSON.stringify([column.type, column.accountId ?? null, column.params, Boolean(column.options.mediaOnly)]);
