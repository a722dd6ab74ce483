import { useTranslation } from 'react-i18next';
import type { mastodon } from '../../mastodon';
import { EmojiText } from './EmojiText';
import { relativeTime, useNow } from './relative-time';
import { StatusIcon } from './StatusIcon';

/** A poll's standing, read-only (voting comes with the full card). */
export function StatusPoll({ poll, emojis }: { poll: mastodon.v1.Poll; emojis: mastodon.v1.CustomEmoji[] }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  // Multiple-choice polls share out voters, not votes (each voter may pick several).
  const total = poll.multiple ? (poll.votersCount ?? poll.votesCount) : poll.votesCount;
  const closesAt = poll.expiresAt ? Date.parse(poll.expiresAt) : undefined;
  const closed = poll.expired || (closesAt !== undefined && closesAt <= now);
  const leading = Math.max(...poll.options.map((option) => option.votesCount ?? 0));
  return (
    <div className="status-poll" role="group" aria-label={t('status.poll')}>
      <ul>
        {poll.options.map((option, index) => {
          const votes = option.votesCount ?? 0;
          const share = total > 0 ? Math.round((votes / total) * 100) : 0;
          const own = poll.ownVotes?.includes(index) ?? false;
          return (
            <li
              key={index}
              className={closed && votes === leading && votes > 0 ? 'status-poll-leading' : undefined}
            >
              <span className="status-poll-bar" style={{ width: `${share}%` }} aria-hidden="true" />
              <span className="status-poll-share">{share}%</span>
              <span className="status-poll-title">
                <EmojiText text={option.title} emojis={[...(option.emojis ?? []), ...emojis]} />
              </span>
              {own && <StatusIcon name="check" label={t('status.pollOwnVote')} />}
            </li>
          );
        })}
      </ul>
      <p className="status-poll-meta">
        {poll.multiple && poll.votersCount != null
          ? t('status.pollVoters', { count: poll.votersCount })
          : t('status.pollVotes', { count: poll.votesCount })}
        {' · '}
        {closed || closesAt === undefined
          ? closed
            ? t('status.pollClosed')
            : ''
          : t('status.pollCloses', { time: relativeTime(closesAt, now, i18n.language) })}
      </p>
    </div>
  );
}
