import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { mastodon } from '../../mastodon';
import { EmojiText } from './EmojiText';
import { menuAnchor } from './menu-anchor';
import { relativeTime, useNow } from './relative-time';
import { StatusAccountMenu } from './StatusActAs';
import { StatusIcon } from './StatusIcon';
import { useStatusActions } from './status.mutations';

type Poll = mastodon.v1.Poll;
type Emoji = mastodon.v1.CustomEmoji;

function PollResults({ poll, emojis, closed }: { poll: Poll; emojis: Emoji[]; closed: boolean }) {
  const { t } = useTranslation();
  // Multiple-choice polls share out voters, not votes (each voter may pick several).
  const total = poll.multiple ? (poll.votersCount ?? poll.votesCount) : poll.votesCount;
  const leading = Math.max(...poll.options.map((option) => option.votesCount ?? 0));
  return (
    <ul>
      {poll.options.map((option, index) => {
        const hidden = option.votesCount == null; // hide_totals until the poll closes
        const votes = option.votesCount ?? 0;
        const share = total > 0 ? Math.round((votes / total) * 100) : 0;
        const own = poll.ownVotes?.includes(index) ?? false;
        return (
          <li
            key={index}
            className={closed && votes === leading && votes > 0 ? 'status-poll-leading' : undefined}
          >
            {!hidden && (
              <span className="status-poll-bar" style={{ width: `${share}%` }} aria-hidden="true" />
            )}
            {!hidden && <span className="status-poll-share">{share}%</span>}
            <span className="status-poll-title">
              <EmojiText text={option.title} emojis={[...(option.emojis ?? []), ...emojis]} />
            </span>
            {own && <StatusIcon name="check" label={t('status.pollOwnVote')} />}
          </li>
        );
      })}
    </ul>
  );
}

interface FormProps {
  poll: Poll;
  emojis: Emoji[];
  onVote(choices: number[], as?: AccountSummary): void;
  accounts: AccountSummary[];
  onResults(): void;
}

function PollForm({ poll, emojis, onVote, accounts, onResults }: FormProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<number[]>([]);
  const [asMenu, setAsMenu] = useState<{ top: number; left: number }>();
  const pick = (index: number, checked: boolean) =>
    setChoices((current) =>
      poll.multiple ? (checked ? [...current, index] : current.filter((c) => c !== index)) : [index],
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (choices.length > 0) onVote(choices);
      }}
    >
      <ul>
        {poll.options.map((option, index) => (
          <li key={index} className="status-poll-choice">
            <label>
              <input
                type={poll.multiple ? 'checkbox' : 'radio'}
                name={`poll-${poll.id}`}
                checked={choices.includes(index)}
                onChange={(event) => pick(index, event.target.checked)}
              />
              <span className="status-poll-title">
                <EmojiText text={option.title} emojis={[...(option.emojis ?? []), ...emojis]} />
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="status-poll-actions">
        <button
          type="submit"
          className="button button-primary status-poll-vote"
          disabled={choices.length === 0}
          onContextMenu={(event) => {
            if (accounts.length < 2 || choices.length === 0) return;
            event.preventDefault();
            setAsMenu(menuAnchor(event.currentTarget.getBoundingClientRect(), accounts.length + 1));
          }}
        >
          {t('status.pollVote')}
        </button>
        <button type="button" className="link-button" onClick={onResults}>
          {t('status.pollSeeResults')}
        </button>
      </div>
      {asMenu && (
        <StatusAccountMenu
          title={t('status.doAs.vote')}
          accounts={accounts}
          at={asMenu}
          onPick={(account) => onVote(choices, account)}
          onClose={() => setAsMenu(undefined)}
        />
      )}
    </form>
  );
}

interface Props {
  post: mastodon.v1.Status;
  /** Who votes (the column's account); read-only without one. */
  reader: AccountSummary | undefined;
  accounts: AccountSummary[];
}

/** A poll: choices to vote on while it is open (radio or checkboxes), then its standing. */
export function StatusPoll({ post, reader, accounts }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const { vote } = useStatusActions();
  const [showResults, setShowResults] = useState(false);
  const poll = post.poll!;
  const closesAt = poll.expiresAt ? Date.parse(poll.expiresAt) : undefined;
  const closed = poll.expired || (closesAt !== undefined && closesAt <= now);
  const mine = reader?.remoteId === post.account.id;
  const canVote = reader !== undefined && !closed && !poll.voted && !mine && !showResults;
  return (
    <div className="status-poll" role="group" aria-label={t('status.poll')}>
      {canVote ? (
        <PollForm
          poll={poll}
          emojis={post.emojis}
          accounts={accounts}
          onResults={() => setShowResults(true)}
          onVote={(choices, as) => void vote({ actor: as ?? reader, reader, post }, choices)}
        />
      ) : (
        <PollResults poll={poll} emojis={post.emojis} closed={closed} />
      )}
      <p className="status-poll-meta">
        {poll.multiple && poll.votersCount != null
          ? t('status.pollVoters', { count: poll.votersCount })
          : t('status.pollVotes', { count: poll.votesCount })}
        {poll.multiple && ` · ${t('status.pollMultiple')}`}
        {closed
          ? ` · ${t('status.pollClosed')}`
          : closesAt !== undefined &&
            ` · ${t('status.pollCloses', { time: relativeTime(closesAt, now, i18n.language) })}`}
        {showResults && !poll.voted && !closed && reader && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={() => setShowResults(false)}>
              {t('status.pollBackToVote')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
