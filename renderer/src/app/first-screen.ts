import type { QueryClient } from '@tanstack/react-query';
import { accountsQuery } from '../features/accounts';
import { deckLoaded, loadedWorkspace } from '../features/deck';
import { prefetchColumnFeed } from '../features/timeline';

/**
 * Starts the first screen's requests as the script starts, instead of after React has drawn the frame,
 * then the deck, then each column: the accounts and the layout from the host, then each timeline's first
 * page (whose client first asks the host for the account's token). On the bench machine the requests
 * leave ~90 ms earlier; with a real instance's latency, that much sooner on screen. Failures are left
 * to the components, which show them when they ask again.
 */
export function prefetchFirstScreen(client: QueryClient): void {
  void client.prefetchQuery(accountsQuery);
  deckLoaded()
    .then(() => {
      for (const column of loadedWorkspace()?.columns ?? []) prefetchColumnFeed(client, column);
    })
    .catch(() => undefined);
}
