import type { QueryClient } from '@tanstack/react-query';
import { accountsQuery } from '../features/accounts';
import { deckLoaded, loadedWorkspace } from '../features/deck';
import { prefetchColumnFeed } from '../features/timeline';
import { instanceQuery } from '../mastodon';

/**
 * Starts the first screen's requests as the script starts, instead of after React has drawn the frame,
 * then the deck, then each column: the accounts and the layout from the host, then each timeline's first
 * page (whose client first asks the host for the account's token), and each account's instance. On the
 * bench machine the requests leave ~90 ms earlier; with a real instance's latency, that much sooner on
 * screen. Failures are left to the components, which show them when they ask again.
 */
export function prefetchFirstScreen(client: QueryClient): void {
  void client.prefetchQuery(accountsQuery);
  deckLoaded()
    .then(() => {
      const columns = loadedWorkspace()?.columns ?? [];
      for (const column of columns) prefetchColumnFeed(client, column);
      // Cards show "Translate" from it: known before they draw, they need not all draw again.
      for (const accountId of new Set(columns.map((column) => column.accountId))) {
        if (accountId) void client.prefetchQuery(instanceQuery(accountId));
      }
    })
    .catch(() => undefined);
}
