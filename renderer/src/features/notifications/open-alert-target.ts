import type { QueryClient } from '@tanstack/react-query';
import type { mastodon } from '../../mastodon';
import { sidePanelOpened } from '../../ui/panel.store';
import type { StatusNavigation } from '../status';
import type { AlertTarget } from './alert-target';
import type { NotificationsData } from './feed-merge';
import { feedsKey } from './notifications.queries';

/** The post as this account's cached notifications hold it, so the thread shows at once. */
function cachedStatus(
  client: QueryClient,
  accountId: string,
  statusId: string,
): mastodon.v1.Status | undefined {
  for (const [, data] of client.getQueriesData<NotificationsData>({ queryKey: feedsKey(accountId) })) {
    for (const page of data?.pages ?? []) {
      const entry = page.entries.find((held) => held.status?.id === statusId);
      if (entry?.status) return entry.status;
    }
  }
  return undefined;
}

/** Brings a notifications column of the account (or the all-accounts one) into view. */
function revealColumn(accountId: string | undefined): void {
  const selector = (id: string) => `[data-notifications-for="${CSS.escape(id)}"]`;
  const column =
    (accountId && document.querySelector<HTMLElement>(selector(accountId))) ||
    document.querySelector<HTMLElement>(selector('*'));
  if (!column) return;
  column.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  column.querySelector<HTMLElement>('[data-key]')?.focus({ preventScroll: true });
}

/**
 * A desktop alert was clicked (the window is already in front): open its post's thread or its person's
 * profile beside the deck, or show the notifications column a summary was about.
 */
export function openAlertTarget(
  client: QueryClient,
  navigation: StatusNavigation,
  target: AlertTarget,
): void {
  switch (target.kind) {
    case 'status': {
      const status = cachedStatus(client, target.accountId, target.statusId);
      if (status) navigation.openThread(target.accountId, status);
      else sidePanelOpened({ kind: 'thread', accountId: target.accountId, statusId: target.statusId });
      return;
    }
    case 'profile':
      navigation.openProfile(target.accountId, { id: target.profileId, acct: target.acct });
      return;
    case 'notifications':
      revealColumn(target.accountId);
  }
}
