import type { mastodon } from '../../mastodon';
import { createParams, focusParam, updateParams, type Draft, type DraftReference } from './draft';

export type PublishOutcome =
  | { kind: 'posted'; status: mastodon.v1.Status }
  | { kind: 'scheduled'; scheduled: mastodon.v1.ScheduledStatus }
  | { kind: 'edited'; status: mastodon.v1.Status };

/** Local account ids are `<remote id>@<instance host>` (AccountSummary.id), so the host tells the instance. */
export const instanceOf = (accountId: string): string => accountId.slice(accountId.lastIndexOf('@') + 1);

/**
 * A post seen by one account has another id on another instance: look it up by its URI from the posting
 * account's instance (`resolve` fetches it if the instance never saw it).
 * @see https://docs.joinmastodon.org/methods/search/#v2
 */
async function idFor(
  rest: mastodon.rest.Client,
  reference: DraftReference,
  accountId: string,
): Promise<string> {
  if (instanceOf(reference.accountId) === instanceOf(accountId)) return reference.id;
  const found = await rest.v2.search.list({ q: reference.uri, type: 'statuses', resolve: true, limit: 1 });
  const status = found.statuses[0];
  if (!status) throw new ReferenceNotFound();
  return status.id;
}

export class ReferenceNotFound extends Error {
  constructor() {
    super('The post this draft answers or quotes could not be found from this account.');
    this.name = 'ReferenceNotFound';
  }
}

/**
 * Publishes a draft as its account: alt texts and focal points edited since upload go first, then the post
 * (or its edit, or its schedule). Every attempt carries the draft's Idempotency-Key, so if an earlier attempt
 * did reach the server, the server answers with that post instead of making a second one.
 * @see https://docs.joinmastodon.org/methods/statuses/#create
 */
export async function publishDraft(rest: mastodon.rest.Client, draft: Draft): Promise<PublishOutcome> {
  if (draft.editOf) {
    const params = updateParams(draft) as mastodon.rest.v1.UpdateStatusParams;
    const status = await rest.v1.statuses.$select(draft.editOf.statusId).update(params);
    return { kind: 'edited', status };
  }

  for (const media of draft.media.filter((m) => m.dirty)) {
    await rest.v1.media.$select(media.id).update({
      description: media.description,
      ...(media.focus ? { focus: focusParam(media.focus) } : {}),
    });
  }

  const ids = {
    inReplyToId: draft.replyTo ? await idFor(rest, draft.replyTo, draft.accountId) : null,
    quotedStatusId: draft.quote ? await idFor(rest, draft.quote, draft.accountId) : null,
  };
  const params = createParams(draft, ids) as mastodon.rest.v1.CreateScheduledStatusParams;
  const meta = { requestInit: { headers: { 'Idempotency-Key': draft.idempotencyKey } } };
  if (draft.scheduledAt) {
    const scheduled = (await rest.v1.statuses.create(params, meta)) as unknown as mastodon.v1.ScheduledStatus;
    return { kind: 'scheduled', scheduled };
  }
  const status = await rest.v1.statuses.create(params as mastodon.rest.v1.CreateStatusParams, meta);
  return { kind: 'posted', status };
}
