import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { useAccounts } from '../accounts';
import { patchAccountFeeds, removeStatus } from '../timeline';
import { editLoaded, redraftLoaded } from './compose.mutations';
import { postingDefaultsQuery } from './compose.queries';
import {
  draftStarted,
  focusRequested,
  requestHandled,
  slotDraft,
  useComposeRequest,
  type ComposeRequest,
} from './compose.store';
import { fallbackDefaults, newDraft, quoteDraft, replyDraft, type PostingDefaults } from './draft';

export type RequestFailed = (request: ComposeRequest, error: unknown) => void;

function pickAccount(
  accounts: readonly AccountSummary[],
  wanted: string | undefined,
): AccountSummary | undefined {
  const usable = accounts.filter((a) => a.status === 'active');
  return usable.find((a) => a.id === wanted) ?? usable.find((a) => a.isDefault) ?? usable[0];
}

/**
 * Turns what other features asked for (reply, quote, edit, delete & redraft, new post) into drafts, with the
 * account's posting defaults. Edits and redrafts need the server first; their failures are reported.
 */
export function useComposeRequests(onFailed: RequestFailed): void {
  const request = useComposeRequest();
  const accounts = useAccounts();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!request || !accounts) return;
    requestHandled();
    const account = pickAccount(accounts, request.accountId);
    if (!account) return;
    if (request.kind === 'new' && slotDraft('dock')) {
      focusRequested('dock');
      return;
    }
    const defaultsFor = (accountId: string): Promise<PostingDefaults> =>
      queryClient.fetchQuery(postingDefaultsQuery(accountId)).catch(() => fallbackDefaults);

    void (async () => {
      try {
        const defaults = await defaultsFor(account.id);
        const base = newDraft(account.id, defaults);
        switch (request.kind) {
          case 'new':
            draftStarted('dock', base);
            break;
          case 'reply':
            draftStarted('popout', replyDraft(base, request.status, account));
            break;
          case 'quote':
            draftStarted('popout', quoteDraft(base, request.status));
            break;
          case 'edit':
            await editLoaded(account.id, request.status, defaults);
            break;
          case 'redraft':
            await redraftLoaded(account.id, request.status, defaults, null);
            // Gone from every column at once, without waiting for the stream's delete event.
            patchAccountFeeds(queryClient, account.id, (data) => removeStatus(data, request.status.id));
            break;
        }
      } catch (error) {
        onFailed(request, error);
      }
    })();
  }, [request, accounts, queryClient, onFailed]);
}
