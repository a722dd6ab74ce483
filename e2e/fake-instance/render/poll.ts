import type { mastodon } from 'masto';
import { iso } from '../clock';
import type { PollRecord } from '../store';
import type { World } from '../world';
import { renderEmojis, shortcodesIn } from './emoji';

export function pollExpired(w: World, p: PollRecord): boolean {
  return p.expiresAt !== null && p.expiresAt <= w.clock.now();
}

export function renderPoll(
  w: World,
  p: PollRecord,
  viewerId: string | null,
  authorId: string,
): mastodon.v1.Poll {
  const expired = pollExpired(w, p);
  const counts = p.options.map((_, i) => p.extraVotes[i] ?? 0);
  for (const choices of p.votes.values()) for (const c of choices) counts[c] = (counts[c] ?? 0) + 1;
  const own = viewerId ? p.votes.get(viewerId) : undefined;
  // hide_totals: counts stay hidden from others until the poll ends.
  const showCounts = !p.hideTotals || expired || viewerId === authorId;
  const poll: mastodon.v1.Poll = {
    id: p.id,
    expiresAt: p.expiresAt === null ? null : iso(p.expiresAt),
    expired,
    multiple: p.multiple,
    votesCount: counts.reduce((a, b) => a + b, 0),
    votersCount: p.multiple ? p.votes.size + p.extraVoters : null,
    options: p.options.map((title, i) => ({
      title,
      ...(showCounts ? { votesCount: counts[i] ?? 0 } : {}),
      emojis: renderEmojis(w, shortcodesIn(title)),
    })),
  };
  if (viewerId) {
    poll.voted = own !== undefined || viewerId === authorId;
    poll.ownVotes = own ? [...own] : [];
  }
  return poll;
}
