import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { changePending, toMastoFailure, withAccount, type mastodon } from '../../mastodon';
import { resolvedStatusQuery } from './act-as';
import { answeredPost, toggled, toggleRequest, type StatusToggle } from './status-actions';
import { useStatusWriter, type StatusWriter } from './status-context';
import { statusNoticeShown, toggleNotice } from './status.store';

type Status = mastodon.v1.Status;

/** A post's new version, written everywhere the account's caches hold it (feeds, threads, resolved copies). */
export function writePost(client: QueryClient, writer: StatusWriter, accountId: string, post: Status): void {
  client.setQueriesData<Status>({ queryKey: ['acct', accountId, 'resolved'] }, (held) =>
    held && held.id === post.id ? post : held,
  );
  writer.upsert(client, accountId, post);
}

export interface ActionDeps {
  client: QueryClient;
  writer: StatusWriter;
}

export interface Acting {
  /** The account doing it (perhaps not the one reading). */
  actor: AccountSummary;
  /** The account the post is shown to (the column's); none on another server's public timeline. */
  reader: AccountSummary | undefined;
  /** The post as the reader sees it. */
  post: Status;
}

/** The post as the actor sees it: the reader's copy, or the one resolved on the actor's server. */
export async function actorCopy({ client }: ActionDeps, { actor, reader, post }: Acting): Promise<Status> {
  if (actor.id === reader?.id) return post;
  return client.fetchQuery(resolvedStatusQuery(actor, reader, post));
}

/**
 * Flips a toggle optimistically: every view of the post (for the acting account) changes at once, the
 * request goes out, and the server's answer replaces the guess; on failure the snapshot comes back.
 */
export async function runToggle(deps: ActionDeps, acting: Acting, toggle: StatusToggle): Promise<Status> {
  const { client, writer } = deps;
  const before = await actorCopy(deps, acting);
  const accountId = acting.actor.id;
  const settled = changePending(accountId, before.id, (post) => toggled(post, toggle));
  writePost(client, writer, accountId, toggled(before, toggle));
  try {
    const answer = await withAccount(accountId, ({ rest }) => toggleRequest(rest, before.id, toggle));
    // Some servers answer before their workers ran (an unfavourite still favourited): trust the request.
    const after = toggled(answeredPost(answer), toggle);
    writePost(client, writer, accountId, after);
    return after;
  } catch (error) {
    writePost(client, writer, accountId, before);
    throw error;
  } finally {
    settled();
  }
}

/** Votes in a poll, showing the vote at once and taking it back if the server refuses. */
export async function runVote(deps: ActionDeps, acting: Acting, choices: number[]): Promise<Status> {
  const { client, writer } = deps;
  const before = await actorCopy(deps, acting);
  const poll = before.poll;
  if (!poll) return before;
  const accountId = acting.actor.id;
  const guessed: mastodon.v1.Poll = {
    ...poll,
    voted: true,
    ownVotes: choices,
    votesCount: poll.votesCount + choices.length,
    votersCount: poll.votersCount == null ? poll.votersCount : poll.votersCount + 1,
    options: poll.options.map((option, index) =>
      choices.includes(index) ? { ...option, votesCount: (option.votesCount ?? 0) + 1 } : option,
    ),
  };
  const settled = changePending(accountId, before.id, (post) =>
    post.poll?.id === poll.id && !post.poll.voted ? { ...post, poll: guessed } : post,
  );
  writePost(client, writer, accountId, { ...before, poll: guessed });
  try {
    const answer = await withAccount(accountId, ({ rest }) =>
      rest.v1.polls.$select(poll.id).votes.create({ choices }),
    );
    const after = { ...before, poll: answer };
    writePost(client, writer, accountId, after);
    return after;
  } catch (error) {
    writePost(client, writer, accountId, before);
    throw error;
  } finally {
    settled();
  }
}

/** Deletes one's own post, then removes it from every view (no guess: a deleted post cannot come back). */
export async function runDelete(deps: ActionDeps, accountId: string, post: Status): Promise<void> {
  await withAccount(accountId, ({ rest }) => rest.v1.statuses.$select(post.id).remove());
  deps.writer.remove(deps.client, accountId, post.id);
}

const handleOf = (account: AccountSummary) => `@${account.acct}`;

/**
 * Card actions bound to the app's writer, with their outcome told in a notice: who did it when it was
 * another account, and what went wrong (and that it was undone) when it failed. `busy` lists the toggles in
 * flight, so a second click does not race the first.
 */
export function useStatusActions() {
  const client = useQueryClient();
  const writer = useStatusWriter();
  const [busy, setBusy] = useState<readonly string[]>([]);
  const deps: ActionDeps = { client, writer };

  const toggle = useCallback(
    async (acting: Acting, change: StatusToggle) => {
      const key = `${acting.actor.id}:${change.kind}`;
      setBusy((b) => [...b, key]);
      const other = acting.actor.id !== acting.reader?.id;
      const as = other ? handleOf(acting.actor) : undefined;
      try {
        await runToggle({ client, writer }, acting, change);
        if (other) statusNoticeShown({ kind: 'done', action: toggleNotice(change), as });
      } catch (error) {
        const failure = toMastoFailure(error);
        statusNoticeShown({ kind: 'failed', action: toggleNotice(change), failure, as });
      } finally {
        setBusy((b) => b.filter((k) => k !== key));
      }
    },
    [client, writer],
  );

  const vote = useCallback(
    async (acting: Acting, choices: number[]) => {
      try {
        await runVote({ client, writer }, acting, choices);
        if (acting.actor.id !== acting.reader?.id)
          statusNoticeShown({ kind: 'done', action: 'vote', as: handleOf(acting.actor) });
      } catch (error) {
        statusNoticeShown({ kind: 'failed', action: 'vote', failure: toMastoFailure(error) });
      }
    },
    [client, writer],
  );

  const remove = useCallback(
    async (accountId: string, post: Status) => {
      try {
        await runDelete({ client, writer }, accountId, post);
        statusNoticeShown({ kind: 'done', action: 'deleted' });
      } catch (error) {
        statusNoticeShown({ kind: 'failed', action: 'delete', failure: toMastoFailure(error) });
      }
    },
    [client, writer],
  );

  return { toggle, vote, remove, busy, deps };
}
