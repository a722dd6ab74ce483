import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { Avatar } from '../../ui/Avatar';
import { absoluteTime, EmojiText, relativeTime, StatusCard, useAnimate, type FilterVerdict } from '../status';
import { notificationVerdict } from './alert-policy';
import type { NotificationEntry } from './notification-entry';
import { entrySentence } from './notification-text';
import { NotificationsFollowRequest } from './NotificationsFollowRequest';
import { iconOfType, NotificationsIcon } from './NotificationsIcon';

interface Props {
  entry: NotificationEntry;
  /** The account whose notification this is (acts on it). */
  accountId: string;
  /** Its summary, to tell the reader's own poll from another's. */
  owner: AccountSummary | undefined;
  /** In the all-accounts column: every account it is for, shown as chips. */
  forAccounts?: readonly AccountSummary[] | undefined;
  verdict: FilterVerdict;
  now: number;
}

/** Posts someone wrote to or about you are shown in full; others as a compact excerpt of your post. */
const fullPost = new Set<NotificationEntry['type']>(['mention', 'status', 'quote']);

function NotificationsFor({ accounts }: { accounts: readonly AccountSummary[] }) {
  const { t } = useTranslation();
  return (
    <p className="notifications-for">
      <span className="notifications-sr-only">
        {t('notifications.forAccounts', { accounts: accounts.map((a) => `@${a.acct}`).join(', ') })}
      </span>
      {accounts.map((account) => (
        <span
          key={account.id}
          aria-hidden="true"
          className="notifications-for-chip"
          style={{ '--chip-color': account.color } as React.CSSProperties}
        >
          <Avatar src={account.avatarUrl} staticSrc={account.avatarStaticUrl} size={14} animate={false} />
          <span>@{account.acct}</span>
        </span>
      ))}
    </p>
  );
}

/** One notifications row: what happened, who did it (avatars), when, and the post or action concerned. */
export function NotificationsGroup({ entry, accountId, owner, forAccounts, verdict, now }: Props) {
  const { t, i18n } = useTranslation();
  const animate = useAnimate();
  const at = Date.parse(entry.latestAt);
  const emojis = entry.accounts.slice(0, 2).flatMap((account) => account.emojis);
  const people = entry.accounts.length > 1 || entry.count > 1;
  const first = entry.accounts[0];

  return (
    <div className={`notification-group notification-group-${entry.type.replace('.', '-')}`}>
      <span className="notification-group-icon">
        <NotificationsIcon name={iconOfType(entry.type)} />
      </span>
      <div className="notification-group-main">
        {people && (
          <div className="notification-group-avatars">
            {entry.accounts.slice(0, 7).map((account) => (
              <Avatar
                key={account.id}
                src={account.avatar}
                staticSrc={account.avatarStatic}
                size={28}
                animate={animate}
                alt={account.displayName || account.username}
              />
            ))}
            {entry.count > 7 && <span className="notification-group-more">+{entry.count - 7}</span>}
          </div>
        )}
        <p className="notification-group-line">
          {!people && first && !fullPost.has(entry.type) && (
            <Avatar src={first.avatar} staticSrc={first.avatarStatic} size={24} animate={animate} />
          )}
          <span className="notification-group-sentence">
            <EmojiText text={entrySentence(entry, t, owner?.remoteId)} emojis={emojis} />
          </span>
          {Number.isFinite(at) && (
            <time dateTime={entry.latestAt} title={absoluteTime(at, i18n.language)}>
              {relativeTime(at, now, i18n.language)}
            </time>
          )}
        </p>
        {forAccounts && forAccounts.length > 0 && <NotificationsFor accounts={forAccounts} />}
        {entry.status &&
          (fullPost.has(entry.type) ? (
            <div className="notification-group-post-full">
              <StatusCard
                status={entry.status}
                verdict={verdict}
                judge={(s) => notificationVerdict(s, now)}
              />
            </div>
          ) : (
            <div className="notification-post">
              <StatusCard status={entry.status} verdict={verdict} variant="quote" />
            </div>
          ))}
        {entry.type === 'follow_request' && (
          <NotificationsFollowRequest accountId={accountId} entry={entry} />
        )}
        {entry.type === 'follow' && !people && first && <p className="notification-handle">@{first.acct}</p>}
        {entry.type === 'admin.report' && entry.report?.comment && (
          <blockquote className="notification-group-quote">{entry.report.comment}</blockquote>
        )}
        {entry.type === 'moderation_warning' && entry.warning?.text && (
          <blockquote className="notification-group-quote">{entry.warning.text}</blockquote>
        )}
      </div>
    </div>
  );
}
