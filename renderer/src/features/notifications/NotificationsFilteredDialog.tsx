import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { Dialog } from '../../ui/Dialog';
import { useAccounts } from '../accounts';
import { EmojiText } from '../status';
import { answerNotificationRequest } from './notifications.actions';
import { notificationRequestsQuery } from './notifications.queries';
import { nameOf } from './notification-text';

const rules = [
  ['forNotFollowing', 'ruleNotFollowing'],
  ['forNotFollowers', 'ruleNotFollowers'],
  ['forNewAccounts', 'ruleNewAccounts'],
  ['forPrivateMentions', 'rulePrivateMentions'],
  ['forLimitedAccounts', 'ruleLimitedAccounts'],
] as const;

function policyLine(policy: mastodon.v2.NotificationPolicy, t: TFunction): string | undefined {
  const filtered = rules
    .filter(([field]) => policy[field] === 'filter')
    .map(([, key]) => t(`notifications.filtered.${key}`));
  return filtered.length > 0 ? t('notifications.filtered.policy', { rules: filtered.join(', ') }) : undefined;
}

function FilteredRequest({
  accountId,
  request,
}: {
  accountId: string;
  request: mastodon.v1.NotificationRequest;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const answer = useMutation({
    mutationFn: (choice: 'accept' | 'dismiss') =>
      answerNotificationRequest(client, accountId, request.id, choice),
  });
  const count = Number(request.notificationsCount) || 0;
  return (
    <li className="notifications-request">
      <Avatar
        src={request.account.avatar}
        staticSrc={request.account.avatarStatic}
        size={32}
        animate={false}
      />
      <p>
        <bdi>
          <EmojiText text={nameOf(request.account)} emojis={request.account.emojis} />
        </bdi>
        <span>
          @{request.account.acct} · {t('notifications.filtered.count', { count })}
        </span>
      </p>
      <button
        type="button"
        className="button button-primary"
        disabled={answer.isPending}
        onClick={() => answer.mutate('accept')}
      >
        {t('notifications.filtered.accept')}
      </button>
      <button
        type="button"
        className="button"
        disabled={answer.isPending}
        onClick={() => answer.mutate('dismiss')}
      >
        {t('notifications.filtered.dismiss')}
      </button>
    </li>
  );
}

function FilteredSection({ accountId, titled }: { accountId: string; titled: boolean }) {
  const { t } = useTranslation();
  const account = useAccounts()?.find((a) => a.id === accountId);
  const { data, isError } = useQuery(notificationRequestsQuery(accountId));
  const line = data?.policy && policyLine(data.policy, t);
  return (
    <section className="notifications-requests">
      {titled && <h3>@{account?.acct ?? accountId}</h3>}
      {line && <p className="hint">{line}</p>}
      {isError ? (
        <p>{t('notifications.filtered.unavailable')}</p>
      ) : data && data.requests.length === 0 ? (
        <p>{t('notifications.filtered.none')}</p>
      ) : (
        <ul>
          {data?.requests.map((request) => (
            <FilteredRequest key={request.id} accountId={accountId} request={request} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who the filtering policy held back, per account, to accept (see their notifications) or dismiss. */
export function NotificationsFilteredDialog({
  accountIds,
  onClose,
}: {
  accountIds: readonly string[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('notifications.filtered.title')}
      closeLabel={t('notifications.filtered.close')}
      onClose={onClose}
    >
      <p className="hint">{t('notifications.filtered.hint')}</p>
      {accountIds.map((accountId) => (
        <FilteredSection key={accountId} accountId={accountId} titled={accountIds.length > 1} />
      ))}
    </Dialog>
  );
}
