import { isNewer } from '../../mastodon';
import type { FeedRow } from './filters';

/** Pages a column reads, at most, looking for where the reader left off. */
export const resumePageCap = 4;

/**
 * Where a column opens: at the top, from the last post read, not found within the pages read ('lost':
 * at the top, but the place is kept), or not yet known (read one more page).
 */
export type ResumePoint =
  { kind: 'top' } | { kind: 'from'; readId: string } | { kind: 'lost' } | { kind: 'more' };

const top: ResumePoint = { kind: 'top' };

/**
 * Where a chronological column opens. If posts came in since the reader last read it, it opens at the last
 * post they read, the newer ones waiting behind the "N new posts" pill, as posts do that arrive while the
 * reader is scrolled away. That post must lie within the pages read so far; while all of them are newer,
 * one more page is needed, up to the cap or while more can be read.
 */
export function resumePoint(
  readId: string | undefined,
  rows: readonly FeedRow[],
  pages: number,
  canReadMore: boolean,
): ResumePoint {
  if (readId === undefined) return top;
  const posts = rows.filter((row) => row.item.kind !== 'gap');
  const newest = posts[0];
  const oldest = posts[posts.length - 1];
  if (!newest || !oldest || !isNewer(newest.sortId, readId)) return top;
  if (!isNewer(oldest.sortId, readId)) return { kind: 'from', readId };
  return canReadMore && pages < resumePageCap ? { kind: 'more' } : { kind: 'lost' };
}
