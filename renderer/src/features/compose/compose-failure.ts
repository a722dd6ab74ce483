import { MastoHttpError } from 'masto';
import { toMastoFailure, type MastoFailure } from '../../mastodon';

/**
 * Why publishing (or an upload) failed, as the composer shows it. A 422 keeps the server's own reason
 * ("Text character limit of 500 exceeded"), which is the only server text shown as is: it is what the user
 * must fix. Everything else comes from the shared typed mapping.
 */
export type ComposeFailure =
  | Exclude<MastoFailure, { kind: 'unknown' } | { kind: 'not_public' }>
  | { kind: 'rejected'; message: string }
  | { kind: 'too_large' }
  | { kind: 'unknown'; message?: string };

export type ComposeFailureKind = ComposeFailure['kind'];

function httpErrorIn(error: unknown): MastoHttpError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof MastoHttpError) return e;
  }
  return undefined;
}

/** The server's reason for refusing, fields included ("Poll options: too long"), in its own words. */
function rejectionReason(error: MastoHttpError): string {
  const details = Object.entries(error.details ?? {})
    .flatMap(([field, problems]) => problems.map((p) => `${field} ${p.description}`))
    .join('; ');
  return error.description || details || error.message;
}

export function toComposeFailure(error: unknown): ComposeFailure {
  const http = httpErrorIn(error);
  if (http && (http.statusCode === 422 || http.statusCode === 400)) {
    return { kind: 'rejected', message: rejectionReason(http) };
  }
  if (http?.statusCode === 413) return { kind: 'too_large' };
  const failure = toMastoFailure(error);
  if (failure.kind === 'not_public') return { kind: 'forbidden' };
  if (failure.kind === 'unknown') return { kind: 'unknown', message: failure.detail };
  return failure;
}

/** The parts of a failure kept with the draft (drafts.json), so the reason is still shown after a restart. */
export function failureRecord(failure: ComposeFailure): { kind: string; message?: string; retryAt?: number } {
  switch (failure.kind) {
    case 'rejected':
      return { kind: failure.kind, message: failure.message.slice(0, 2000) };
    case 'unknown':
      return failure.message
        ? { kind: failure.kind, message: failure.message.slice(0, 2000) }
        : { kind: failure.kind };
    case 'rate_limited':
      return { kind: failure.kind, retryAt: Math.round(failure.retryAt) };
    case 'server_error':
      return { kind: failure.kind };
    default:
      return { kind: failure.kind };
  }
}
