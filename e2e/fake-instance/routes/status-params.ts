import { HttpError, unprocessable } from '../http/reply';
import { bool, int, list, obj, str, strList, type Params } from '../http/params';
import type { EditInput } from '../services/edit-status';
import type { PostInput } from '../services/post-status';
import { isVisibility, type PollInput } from '../services/status-input';
import type { QuotePolicy } from '../store';

/** Reads POST/PUT /api/v1/statuses parameters (JSON or form, Rails brackets) into service inputs. */

function pollFrom(p: Params): PollInput | undefined {
  const poll = obj(p, 'poll');
  if (!poll) return undefined;
  const options = strList(poll, 'options');
  if (options.length === 0) return undefined;
  const expiresIn = int(poll, 'expires_in');
  if (expiresIn === undefined)
    throw new HttpError(422, 'Validation failed: Poll expires in must be provided');
  return {
    options,
    expiresIn,
    multiple: bool(poll, 'multiple') ?? false,
    hideTotals: bool(poll, 'hide_totals') ?? false,
  };
}

export function postInputFrom(accountId: string, p: Params): PostInput & { scheduledAt?: string } {
  const visibility = str(p, 'visibility');
  if (visibility && !isVisibility(visibility))
    throw unprocessable('Validation failed: Visibility is not included in the list');
  const quotePolicy = str(p, 'quote_approval_policy');
  if (quotePolicy && !['public', 'followers', 'nobody'].includes(quotePolicy)) {
    throw unprocessable('Validation failed: Quote approval policy is not included in the list');
  }
  const input: PostInput & { scheduledAt?: string } = {
    accountId,
    text: str(p, 'status') ?? '',
    spoilerText: str(p, 'spoiler_text') ?? '',
    sensitive: bool(p, 'sensitive') ?? false,
    mediaIds: strList(p, 'media_ids'),
    inReplyToId: str(p, 'in_reply_to_id') || null,
    quotedStatusId: str(p, 'quoted_status_id') || null,
  };
  if (visibility && isVisibility(visibility)) input.visibility = visibility;
  if (quotePolicy) input.quoteApprovalPolicy = quotePolicy as QuotePolicy;
  const language = str(p, 'language');
  if (language) input.language = language;
  const poll = pollFrom(p);
  if (poll) input.poll = poll;
  const scheduledAt = str(p, 'scheduled_at');
  if (scheduledAt) input.scheduledAt = scheduledAt;
  return input;
}

export function editInputFrom(p: Params): EditInput {
  const input: EditInput = {};
  const text = str(p, 'status');
  if (text !== undefined) input.text = text;
  const spoiler = str(p, 'spoiler_text');
  if (spoiler !== undefined) input.spoilerText = spoiler;
  const sensitive = bool(p, 'sensitive');
  if (sensitive !== undefined) input.sensitive = sensitive;
  const language = str(p, 'language');
  if (language) input.language = language;
  if (p['media_ids'] !== undefined) input.mediaIds = strList(p, 'media_ids');
  const attrs = list(p, 'media_attributes').flatMap((a) => {
    if (a === null || typeof a !== 'object') return [];
    const rec = a as Params;
    const id = str(rec, 'id');
    if (!id) return [];
    const attr: { id: string; description?: string; focus?: string } = { id };
    const description = str(rec, 'description');
    if (description !== undefined) attr.description = description;
    const focus = str(rec, 'focus');
    if (focus !== undefined) attr.focus = focus;
    return [attr];
  });
  if (attrs.length) input.mediaAttributes = attrs;
  const poll = pollFrom(p);
  if (poll) input.poll = poll;
  return input;
}
