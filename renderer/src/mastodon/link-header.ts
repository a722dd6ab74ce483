/**
 * Pagination cursors from an RFC 8288 `Link` header. Mastodon pages with `rel="next"` (older) and
 * `rel="prev"` (newer) links whose query string carries `max_id`, `min_id`, `since_id` or `offset`; we keep
 * only those, so a cursor is a small plain object a query can store and replay with its own parameters.
 * @see https://docs.joinmastodon.org/api/guidelines/#pagination
 */
export interface Cursor {
  maxId?: string;
  minId?: string;
  sinceId?: string;
  offset?: number;
}

const cursorParams = { max_id: 'maxId', min_id: 'minId', since_id: 'sinceId' } as const;

function toCursor(url: string): Cursor | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://invalid.example');
  } catch {
    return undefined;
  }
  const cursor: Cursor = {};
  for (const [param, field] of Object.entries(cursorParams)) {
    const value = parsed.searchParams.get(param);
    if (value) cursor[field] = value;
  }
  const offset = parsed.searchParams.get('offset');
  if (offset !== null && /^\d+$/.test(offset)) cursor.offset = Number(offset);
  return Object.keys(cursor).length > 0 ? cursor : undefined;
}

export function parseLinkHeader(header: string | null | undefined): { next?: Cursor; prev?: Cursor } {
  const result: { next?: Cursor; prev?: Cursor } = {};
  if (!header) return result;
  for (const part of header.split(',')) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (!match) continue;
    const rels = /rel="?([^";]+)"?/.exec(match[2] ?? '')?.[1]?.split(/\s+/) ?? [];
    const cursor = toCursor(match[1] ?? '');
    if (!cursor) continue;
    if (rels.includes('next')) result.next = cursor;
    if (rels.includes('prev')) result.prev = cursor;
  }
  return result;
}
