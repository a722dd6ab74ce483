import type { QueryClient } from '@tanstack/react-query';
import { instanceQuery, withAccount, type mastodon } from '../../mastodon';
import { failureRecord, toComposeFailure } from './compose-failure';
import {
  draftFailed,
  draftProblems,
  editDraft,
  newDraft,
  redraftDraft,
  type Draft,
  type DraftReference,
  type PostingDefaults,
} from './draft';
import {
  draftSaver,
  draftStarted,
  draftWithIdEdited,
  mediaRejected,
  publishEnded,
  publishStarted,
  publishSucceeded,
  slotDraft,
  slotOf,
  uploadFailed,
  uploadFinished,
  uploadProgressed,
  uploadStarted,
} from './compose.store';
import { checkMediaFiles, type ComposeLimits } from './limits';
import { uploadMedia } from './media-upload';
import { publishDraft } from './publish';
import { limitsOf, scheduledStatusesQuery } from './compose.queries';

/**
 * Publishes the draft in a composer. On failure the draft stays, with the reason, and is written to disk at
 * once; trying again sends the same Idempotency-Key, so the post is published exactly once.
 */
export async function publishRequested(draft: Draft, queryClient: QueryClient): Promise<void> {
  const server = queryClient.getQueryData(instanceQuery(draft.accountId).queryKey);
  const limits = server && limitsOf(server);
  if (limits && draftProblems(draft, limits).length > 0) return;
  publishStarted(draft.id);
  try {
    const outcome = await withAccount(draft.accountId, ({ rest }) => publishDraft(rest, draft));
    await publishSucceeded(draft.id, outcome.kind);
    if (outcome.kind === 'scheduled') {
      void queryClient.invalidateQueries({ queryKey: scheduledStatusesQuery(draft.accountId).queryKey });
    }
  } catch (error) {
    const failure = failureRecord(toComposeFailure(error));
    draftWithIdEdited(draft.id, (current) => draftFailed(current, failure));
    const slot = slotOf(draft.id);
    const failed = slot ? slotDraft(slot) : undefined;
    if (failed) await draftSaver().keep(failed);
  } finally {
    publishEnded(draft.id);
  }
}

/** Files picked, dropped or pasted: checked against the instance's limits, then uploaded one by one. */
export function filesAdded(
  draft: Draft,
  files: readonly File[],
  limits: ComposeLimits,
  pending: number,
): void {
  const { accepted, rejected } = checkMediaFiles(files, draft.media.length + pending, limits);
  if (rejected.length > 0) mediaRejected(draft.id, rejected);
  for (const file of accepted) {
    const key = uploadStarted({
      draftId: draft.id,
      fileName: file.name,
      localUrl: file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined,
    });
    uploadMedia(draft.accountId, file, {
      onProgress: (fraction) => uploadProgressed(key, fraction, 'uploading'),
      onProcessing: () => uploadProgressed(key, 1, 'processing'),
    }).then(
      (media) => uploadFinished(key, media),
      (error: unknown) => uploadFailed(key, toComposeFailure(error)),
    );
  }
}

/** Editing a published post starts from its source text (`GET /api/v1/statuses/:id/source`). */
export async function editLoaded(
  accountId: string,
  status: mastodon.v1.Status,
  defaults: PostingDefaults,
): Promise<void> {
  const source = await withAccount(accountId, ({ rest }) =>
    rest.v1.statuses.$select(status.id).source.fetch(),
  );
  draftStarted('popout', editDraft(newDraft(accountId, defaults), status, source));
}

/**
 * Delete & redraft: the post is deleted with its media kept (`delete_media=false`), and what the server
 * returns (with the source text) becomes a draft.
 */
export async function redraftLoaded(
  accountId: string,
  status: mastodon.v1.Status,
  defaults: PostingDefaults,
  replyTo: DraftReference | null,
): Promise<void> {
  const deleted = await withAccount(accountId, ({ rest }) =>
    // masto types `remove` without parameters; Mastodon reads delete_media from the query or body.
    (
      rest.v1.statuses.$select(status.id).remove as unknown as (p: {
        deleteMedia: boolean;
      }) => Promise<mastodon.v1.Status>
    )({
      deleteMedia: false,
    }),
  );
  draftStarted('popout', redraftDraft(newDraft(accountId, defaults), { ...status, ...deleted }, replyTo));
}

export async function scheduledCancelled(
  accountId: string,
  id: string,
  queryClient: QueryClient,
): Promise<void> {
  await withAccount(accountId, ({ rest }) => rest.v1.scheduledStatuses.$select(id).remove());
  await queryClient.invalidateQueries({ queryKey: scheduledStatusesQuery(accountId).queryKey });
}
