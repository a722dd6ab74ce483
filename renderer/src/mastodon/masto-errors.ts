import { MastoDeserializeError, MastoHttpError, MastoTimeoutError, MastoUnexpectedError } from 'masto';

/**
 * Every way a call to an instance can fail, as the UI renders it. Raw messages from servers never reach the
 * screen; `unknown` carries the server's text only for a "details" disclosure.
 */
export type MastoFailure =
  | { kind: 'auth_expired' }
  | { kind: 'rate_limited'; retryAt: number }
  | { kind: 'not_found' }
  | { kind: 'forbidden' }
  /** A server that keeps its public timeline for signed-in users (401/422 without a token). */
  | { kind: 'not_public' }
  | { kind: 'server_error'; status: number | undefined }
  | { kind: 'offline' }
  | { kind: 'unreachable' }
  | { kind: 'timeout' }
  | { kind: 'unknown'; detail: string };

export type MastoFailureKind = MastoFailure['kind'];

/** What a query function throws, so react-query's `error` is already the typed union. */
export class MastoFailureError extends Error {
  readonly failure: MastoFailure;
  constructor(failure: MastoFailure, options?: ErrorOptions) {
    super(`Mastodon request failed: ${failure.kind}`, options);
    this.name = 'MastoFailureError';
    this.failure = failure;
  }
}

interface MappingContext {
  /** False for unauthenticated clients (public-instance columns): 401/422 then mean "not public". */
  authenticated?: boolean;
  online?: boolean;
  now?: number;
}

const defaultRateLimitWaitMs = 60_000;

/**
 * `X-RateLimit-Reset` is an ISO 8601 time; some proxies send `Retry-After` (seconds) instead.
 * @see https://docs.joinmastodon.org/api/rate-limits/
 */
export function rateLimitResetAt(headers: Headers | undefined, now: number): number {
  const reset = headers?.get('x-ratelimit-reset');
  const parsed = reset ? Date.parse(reset) : NaN;
  if (Number.isFinite(parsed) && parsed > now) return parsed;
  const retryAfter = Number(headers?.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return now + retryAfter * 1000;
  return now + defaultRateLimitWaitMs;
}

function fromStatus(error: MastoHttpError, context: MappingContext, now: number): MastoFailure {
  const status = error.statusCode;
  const authenticated = context.authenticated ?? true;
  if (!authenticated && (status === 401 || status === 422)) return { kind: 'not_public' };
  if (status === 401) return { kind: 'auth_expired' };
  if (status === 429) {
    const headers = error.cause instanceof Response ? error.cause.headers : undefined;
    return { kind: 'rate_limited', retryAt: rateLimitResetAt(headers, now) };
  }
  if (status === 404 || status === 410) return { kind: 'not_found' };
  if (status === 403) return { kind: 'forbidden' };
  if (status >= 500) return { kind: 'server_error', status };
  return { kind: 'unknown', detail: `${status} ${error.description ?? error.message}`.trim() };
}

/** Maps anything a masto call can throw (or a host failure while getting a token) to a MastoFailure. */
export function toMastoFailure(error: unknown, context: MappingContext = {}): MastoFailure {
  const now = context.now ?? Date.now();
  const online = context.online ?? (typeof navigator === 'undefined' ? true : navigator.onLine);
  if (error instanceof MastoFailureError) return error.failure;
  if (error instanceof MastoHttpError) return fromStatus(error, context, now);
  if (error instanceof MastoTimeoutError) return { kind: 'timeout' };
  // A non-JSON error page (a proxy's 502, a maintenance page) or a body masto could not parse.
  if (error instanceof MastoUnexpectedError || error instanceof MastoDeserializeError) {
    return { kind: 'server_error', status: undefined };
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') return { kind: 'timeout' };
  // fetch() rejects with a TypeError when the network or DNS fails, or CORS blocks the answer.
  if (error instanceof TypeError) return online ? { kind: 'unreachable' } : { kind: 'offline' };
  if (!online) return { kind: 'offline' };
  return { kind: 'unknown', detail: error instanceof Error ? error.message : String(error) };
}

/** Whether retrying soon could help (react-query's `retry`): not for 4xx answers. */
export function isTransient(failure: MastoFailure): boolean {
  return ['server_error', 'unreachable', 'timeout', 'offline'].includes(failure.kind);
}
