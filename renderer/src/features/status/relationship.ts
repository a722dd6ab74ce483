import { queryOptions, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { toMastoFailure, withAccount, type mastodon } from '../../mastodon';
import { resolveAccount } from './act-as';
import { useStatusWriter, type StatusWriter } from './status-context';
import { statusNoticeShown, type NoticeAction } from './status.store';

type Relationship = mastodon.v1.Relationship;
type Account = Pick<mastodon.v1.Account, 'id' | 'acct' | 'url' | 'locked'>;

/** What a reader does about an author: follow, mute, block, ring the bell… and undo it. */
export type RelationshipChange =
  | { kind: 'follow'; on: boolean }
  | { kind: 'notify'; on: boolean }
  | { kind: 'mute'; on: boolean }
  | { kind: 'block'; on: boolean };

export const relationshipKey = (accountId: string, targetId: string) =>
  ['acct', accountId, 'relationship', targetId] as const;

/** How `accountId` relates to `targetId` (follows, followed by, muted, blocked, requested…). */
export const relationshipQuery = (accountId: string, targetId: string) =>
  queryOptions({
    queryKey: relationshipKey(accountId, targetId),
    queryFn: async (): Promise<Relationship | null> => {
      const [relationship] = await withAccount(accountId, ({ rest }) =>
        rest.v1.accounts.relationships.fetch({ id: [targetId] }),
      );
      return relationship ?? null;
    },
    staleTime: 60_000,
  });

/** The relationship once the server agrees (a locked account turns a follow into a request). */
export function changedRelationship(
  relationship: Relationship,
  change: RelationshipChange,
  locked: boolean,
): Relationship {
  switch (change.kind) {
    case 'follow':
      return change.on
        ? { ...relationship, following: !locked, requested: locked }
        : { ...relationship, following: false, requested: false, notifying: false };
    case 'notify':
      return { ...relationship, notifying: change.on };
    case 'mute':
      return { ...relationship, muting: change.on, mutingNotifications: change.on };
    case 'block':
      return change.on
        ? { ...relationship, blocking: true, following: false, requested: false, notifying: false }
        : { ...relationship, blocking: false };
  }
}

function request(rest: mastodon.rest.Client, id: string, change: RelationshipChange): Promise<Relationship> {
  const account = rest.v1.accounts.$select(id);
  switch (change.kind) {
    case 'follow':
      return change.on ? account.follow() : account.unfollow();
    case 'notify':
      // The bell is a follow option: following again with `notify` changes it in place.
      return account.follow({ notify: change.on });
    case 'mute':
      return change.on ? account.mute() : account.unmute();
    case 'block':
      return change.on ? account.block() : account.unblock();
  }
}

const noticeAction = (change: RelationshipChange): NoticeAction =>
  change.kind === 'notify' ? 'notify' : change.on ? change.kind : (`un${change.kind}` as NoticeAction);

export interface RelationshipActing {
  actor: AccountSummary;
  reader: AccountSummary | undefined;
  /** The author as the reader sees them (or as the actor does, with `targetSeenByActor`). */
  target: Account;
  targetSeenByActor?: boolean;
}

/** Applies a change optimistically to the cached relationship, rolling back if the server refuses. */
export async function runRelationshipChange(
  client: QueryClient,
  writer: StatusWriter,
  { actor, reader, target, targetSeenByActor }: RelationshipActing,
  change: RelationshipChange,
): Promise<Relationship> {
  const targetId =
    actor.id === reader?.id || targetSeenByActor
      ? target.id
      : (await resolveAccount(actor, reader, target)).id;
  const key = relationshipKey(actor.id, targetId);
  const before =
    client.getQueryData<Relationship | null>(key) ??
    (await client.fetchQuery(relationshipQuery(actor.id, targetId)));
  if (before) client.setQueryData(key, changedRelationship(before, change, target.locked));
  try {
    const after = await withAccount(actor.id, ({ rest }) => request(rest, targetId, change));
    client.setQueryData(key, after);
    if ((change.kind === 'mute' || change.kind === 'block') && change.on)
      writer.authorHidden(client, actor.id, targetId);
    return after;
  } catch (error) {
    client.setQueryData(key, before);
    throw error;
  }
}

/** Relationship changes bound to the app, their outcome told in a notice. */
export function useRelationshipChange() {
  const client = useQueryClient();
  const writer = useStatusWriter();
  return useCallback(
    async (acting: RelationshipActing, change: RelationshipChange) => {
      const as = acting.actor.id === acting.reader?.id ? undefined : `@${acting.actor.acct}`;
      try {
        await runRelationshipChange(client, writer, acting, change);
        statusNoticeShown({ kind: 'done', action: noticeAction(change), as });
      } catch (error) {
        statusNoticeShown({
          kind: 'failed',
          action: noticeAction(change),
          failure: toMastoFailure(error),
          as,
        });
      }
    },
    [client, writer],
  );
}
