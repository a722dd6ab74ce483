import { compareIds } from '../ids';
import { int, str, type Params } from './params';
import type { RequestContext } from '../request-context';

/**
 * Mastodon's id pagination: `max_id` (older than), `since_id` (newest above), `min_id` (immediately
 * above, walking forward), `limit`; results always newest first.
 * @see https://docs.joinmastodon.org/api/guidelines/#pagination
 */
export interface PageParams {
  maxId?: string;
  sinceId?: string;
  minId?: string;
  limit: number;
}

export function pageParams(p: Params, defaultLimit: number, maxLimit: number): PageParams {
  const requested = int(p, 'limit');
  const limit = requested === undefined || requested <= 0 ? defaultLimit : Math.min(requested, maxLimit);
  const out: PageParams = { limit };
  const maxId = str(p, 'max_id');
  const sinceId = str(p, 'since_id');
  const minId = str(p, 'min_id');
  if (maxId) out.maxId = maxId;
  if (sinceId) out.sinceId = sinceId;
  if (minId) out.minId = minId;
  return out;
}

/** Pages a newest-first sequence by each item's cursor key. */
export function paginate<T>(itemsDesc: Iterable<T>, key: (item: T) => string, pp: PageParams): T[] {
  const lower = pp.minId ?? pp.sinceId;
  const inRange: T[] = [];
  for (const item of itemsDesc) {
    const k = key(item);
    if (pp.maxId && compareIds(k, pp.maxId) >= 0) continue;
    if (lower && compareIds(k, lower) <= 0) break;
    inRange.push(item);
    // Without min_id only the newest `limit` matter.
    if (!pp.minId && inRange.length >= pp.limit) break;
  }
  return pp.minId ? inRange.slice(-pp.limit) : inRange.slice(0, pp.limit);
}

const CURSORS = ['max_id', 'since_id', 'min_id', 'offset'];

function pageUrl(ctx: RequestContext, cursor: Record<string, string>): string {
  const search = new URLSearchParams();
  for (const [k, v] of ctx.url.searchParams) if (!CURSORS.includes(k)) search.append(k, v);
  for (const [k, v] of Object.entries(cursor)) search.set(k, v);
  return `${ctx.world.origin}${ctx.path}?${search.toString()}`;
}

/** `Link` with `rel="next"` (older, max_id) and `rel="prev"` (newer, min_id); none for an empty page. */
export function linkHeaders(
  ctx: RequestContext,
  newest: string | undefined,
  oldest: string | undefined,
): Record<string, string> {
  if (newest === undefined || oldest === undefined) return {};
  return {
    Link: `<${pageUrl(ctx, { max_id: oldest })}>; rel="next", <${pageUrl(ctx, { min_id: newest })}>; rel="prev"`,
  };
}

export function pageLinks<T>(
  ctx: RequestContext,
  page: T[],
  key: (item: T) => string,
): Record<string, string> {
  return linkHeaders(
    ctx,
    page.length ? key(page[0]!) : undefined,
    page.length ? key(page[page.length - 1]!) : undefined,
  );
}

/** Offset pagination (trends, search): `next` only while a full page came back. */
export function offsetLinks(
  ctx: RequestContext,
  offset: number,
  limit: number,
  count: number,
): Record<string, string> {
  const links: string[] = [];
  if (count >= limit) links.push(`<${pageUrl(ctx, { offset: String(offset + limit) })}>; rel="next"`);
  if (offset > 0)
    links.push(`<${pageUrl(ctx, { offset: String(Math.max(0, offset - limit)) })}>; rel="prev"`);
  return links.length ? { Link: links.join(', ') } : {};
}
