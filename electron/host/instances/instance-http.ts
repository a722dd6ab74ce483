import { HostError } from '../../ipc/result';

export type FetchLike = typeof fetch;

export interface HttpOptions {
  /** Node's fetch unless a test injects another. */
  fetch?: FetchLike;
  /** Per request, connection included. */
  timeoutMs?: number;
}

export const defaultHttpTimeoutMs = 10_000;

const HOST_NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'HOSTNAME_MISMATCH',
  'EPROTO', // e.g. "wrong version number": https spoken to a plain-http port
]);

/**
 * `fetch` with a deadline, whose network failures become the host errors the sign-in screen explains:
 * `host_not_found`, `no_answer`, `tls_error` (each with `params.host`, and `params.detail` = the system code).
 */
export async function httpRequest(
  url: string | URL,
  init: RequestInit,
  options: HttpOptions = {},
): Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? defaultHttpTimeoutMs;
  try {
    return await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw networkError(error, new URL(url).host);
  }
}

/** Maps what Node's fetch (undici) throws to a translatable error. Undici hides the system code in `cause`. */
export function networkError(error: unknown, host: string): HostError {
  if (error instanceof HostError) return error;
  const code = systemCode(error);
  if (code === 'TimeoutError' || code === 'AbortError') {
    return new HostError(
      'no_answer',
      `${host} did not answer in time. It may be down, or you may be offline.`,
      {
        host,
        detail: 'timeout',
      },
    );
  }
  if (code && HOST_NOT_FOUND.has(code)) {
    return new HostError(
      'host_not_found',
      `No server was found at ${host}. Check the spelling and your connection.`,
      {
        host,
        detail: code,
      },
    );
  }
  if (
    code &&
    (TLS_CODES.has(code) ||
      code.startsWith('CERT_') ||
      code.startsWith('ERR_TLS_') ||
      code.startsWith('ERR_SSL_'))
  ) {
    return new HostError(
      'tls_error',
      `The security certificate of ${host} is not valid (${code}), so Pouet will not connect to it.`,
      { host, detail: code },
    );
  }
  return new HostError('no_answer', `${host} did not answer. It may be down, or you may be offline.`, {
    host,
    detail: code ?? 'unknown',
  });
}

/** The most specific code in an error chain: `error.cause.code`, an AggregateError's first code, or the name. */
function systemCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  let name: string | undefined;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as { code?: unknown; name?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === 'string' && record.code !== 'ERR_INVALID_STATE') return record.code;
    if (record.name === 'TimeoutError' || record.name === 'AbortError') name ??= record.name;
    if (Array.isArray(record.errors) && record.errors.length > 0 && record.cause === undefined) {
      current = record.errors[0];
    } else {
      current = record.cause;
    }
  }
  return name;
}

/**
 * The parsed JSON body, or undefined when the server answered something else (HTML, garbage). A body cut off
 * by the deadline or the network is a network error, not "something else".
 */
export async function readJson(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw networkError(error, new URL(response.url || 'http://unknown').host);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
