import type { mastodon } from 'masto';
import type { FilterRecord, StatusRecord } from '../store';
import type { World } from '../world';

/** Plain text that v2 filter keywords match against: content, spoiler, media descriptions, poll options. */
export function searchableText(w: World, s: StatusRecord): string {
  const parts = [
    s.html
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/p>/g, '\n')
      .replace(/<[^>]+>/g, ''),
    s.spoilerText,
  ];
  for (const id of s.mediaIds) parts.push(w.store.media.get(id)?.description ?? '');
  if (s.pollId) parts.push(...(w.store.polls.get(s.pollId)?.options ?? []));
  return decodeEntities(parts.join('\n'));
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function keywordMatches(text: string, keyword: string, wholeWord: boolean): boolean {
  const k = escapeRegExp(keyword);
  const re = wholeWord
    ? new RegExp(`(?<![\\p{L}\\p{N}_])${k}(?![\\p{L}\\p{N}_])`, 'iu')
    : new RegExp(k, 'iu');
  return re.test(text);
}

export function activeFilters(w: World, viewerId: string): FilterRecord[] {
  const now = w.clock.now();
  return [...w.store.filters.values()].filter(
    (f) => f.ownerId === viewerId && (f.expiresAt === null || f.expiresAt > now),
  );
}

/** The `filtered` attribute of a status for one viewer (all contexts; clients check `filter.context`). */
export function filterResults(
  w: World,
  viewerId: string,
  s: StatusRecord,
  render: (f: FilterRecord) => mastodon.v2.Filter,
): mastodon.v1.FilterResult[] {
  if (s.accountId === viewerId) return [];
  const filters = activeFilters(w, viewerId);
  if (filters.length === 0) return [];
  const text = searchableText(w, s);
  const results: mastodon.v1.FilterResult[] = [];
  for (const f of filters) {
    const keywordMatches_ = f.keywords
      .filter((k) => keywordMatches(text, k.keyword, k.wholeWord))
      .map((k) => k.keyword);
    const statusMatches = f.statuses.filter((fs) => fs.statusId === s.id).map((fs) => fs.id);
    if (keywordMatches_.length === 0 && statusMatches.length === 0) continue;
    results.push({
      filter: render(f),
      keywordMatches: keywordMatches_.length ? keywordMatches_ : null,
      statusMatches: statusMatches.length ? statusMatches : null,
    });
  }
  return results;
}
