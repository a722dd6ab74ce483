import type { TFunction } from 'i18next';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { PendingAlert } from './alert-throttle';
import { encodeTarget, targetOf } from './alert-target';
import { entryOf } from './notification-entry';
import { entrySentence, nameOf, postExcerpt } from './notification-text';

export interface AlertMessage {
  title: string;
  body: string;
  tag: string;
}

/**
 * The desktop alert for one notification ("Bob mentioned you" + the post), or the summary of a burst
 * ("12 new notifications", from whom). With several accounts signed in, it says which account it is for.
 */
export function alertMessage(
  batch: readonly PendingAlert[],
  accounts: readonly AccountSummary[],
  t: TFunction,
): AlertMessage {
  const summaryOf = (accountId: string) => accounts.find((account) => account.id === accountId);
  const forLine = (accountIds: readonly string[]) =>
    accounts.length > 1
      ? t('notifications.alert.for', {
          accounts: accountIds.map((id) => `@${summaryOf(id)?.acct ?? id}`).join(', '),
        })
      : '';
  const accountIds = [...new Set(batch.map((alert) => alert.accountId))];

  if (batch.length === 1) {
    const { accountId, notification } = batch[0]!;
    const detail = notification.status
      ? postExcerpt(notification.status, t)
      : `@${notification.account.acct}`;
    return {
      title: entrySentence(entryOf(notification, notification.id), t, summaryOf(accountId)?.remoteId),
      body: [detail, forLine(accountIds)].filter(Boolean).join('\n'),
      tag: encodeTarget(targetOf(accountId, notification)),
    };
  }

  const names = [...new Set(batch.map(({ notification }) => nameOf(notification.account)))];
  const from =
    names.length <= 2
      ? t('notifications.alert.from', { names: names.join(', ') })
      : t('notifications.alert.fromMore', { names: names.slice(0, 2).join(', '), count: names.length - 2 });
  return {
    title: t('notifications.alert.summary', { count: batch.length }),
    body: [from, forLine(accountIds)].filter(Boolean).join('\n'),
    tag: encodeTarget({
      kind: 'notifications',
      accountId: accountIds.length === 1 ? accountIds[0] : undefined,
    }),
  };
}
