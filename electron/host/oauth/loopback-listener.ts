import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HostError } from '../../ipc/result';
import { callbackPage, callbackPageHeaders, type CallbackOutcome } from './callback-page';
import { createDeferred } from './deferred';
import { stateMatches } from './pkce';

export const defaultSignInTimeoutMs = 5 * 60_000;
export const callbackPath = '/callback';

export interface LoopbackListenerOptions {
  /** The `state` sent in the authorize URL; callbacks carrying another one are refused and ignored. */
  state: string;
  /** How long to wait for the browser to come back. */
  timeoutMs?: number;
  /** For messages: the instance the user is signing in to. */
  instanceHost: string;
}

export interface LoopbackListener {
  /** `http://127.0.0.1:<port>/callback`, to send as `redirect_uri` exactly as is. */
  redirectUri: string;
  /**
   * The authorisation code of the first valid callback. Rejects with `access_denied`,
   * `authorization_failed`, `timed_out` or `cancelled`. The listener closes itself once this settles.
   */
  code: Promise<string>;
  /** Stops waiting: a pending `code` rejects with `error` (default: `cancelled`). */
  stop(error?: HostError): Promise<void>;
}

/**
 * A one-shot HTTP listener on 127.0.0.1 and an ephemeral port for the OAuth redirect (RFC 8252 §7.3).
 * Mastodon (Doorkeeper) ignores the port when matching loopback IP redirect URIs, so the app registers
 * `http://127.0.0.1/callback` once and uses any port at runtime. Rejects if no port can be bound.
 * @see https://www.rfc-editor.org/rfc/rfc8252#section-7.3
 */
export async function startLoopbackListener(options: LoopbackListenerOptions): Promise<LoopbackListener> {
  const { state, instanceHost } = options;
  const timeoutMs = options.timeoutMs ?? defaultSignInTimeoutMs;
  const result = createDeferred<string>();

  const answer = (response: ServerResponse, outcome: CallbackOutcome, then?: () => void) => {
    const page = callbackPage(outcome);
    response.writeHead(page.status, callbackPageHeaders).end(page.html, then);
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== callbackPath || result.settled) {
      answer(response, 'not_found');
      return;
    }
    const params = url.searchParams;
    if (!stateMatches(state, params.get('state'))) {
      answer(response, 'wrong_state');
      return;
    }
    const error = params.get('error');
    const code = params.get('code');
    if (error === 'access_denied') {
      answer(response, 'denied', () => void shutdown());
      result.reject(
        new HostError(
          'access_denied',
          `You chose not to authorise Pouet on ${instanceHost}. Nothing was changed.`,
          {
            host: instanceHost,
          },
        ),
      );
    } else if (error !== null || !code) {
      const description = params.get('error_description') ?? '';
      answer(response, 'failed', () => void shutdown());
      result.reject(
        new HostError(
          'authorization_failed',
          `${instanceHost} did not authorise Pouet (${error ?? 'no code'})${description ? `: ${description}` : '.'}`,
          { host: instanceHost, error: error ?? 'missing_code', description },
        ),
      );
    } else {
      answer(response, 'signed_in', () => void shutdown());
      result.resolve(code);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  const timer = setTimeout(() => {
    const minutes = String(Math.max(1, Math.round(timeoutMs / 60_000)));
    result.reject(
      new HostError(
        'timed_out',
        `Sign-in took more than ${minutes} min and was stopped. Try again when you are ready.`,
        {
          host: instanceHost,
          minutes,
        },
      ),
    );
    void shutdown();
  }, timeoutMs);
  timer.unref();

  let closed: Promise<void> | undefined;
  const shutdown = () => {
    clearTimeout(timer);
    closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Browsers keep connections alive; the one-shot listener must not wait for them.
      server.closeAllConnections();
    });
    return closed;
  };

  return {
    redirectUri: `http://127.0.0.1:${port}${callbackPath}`,
    code: result.promise,
    stop(error = new HostError('cancelled', 'Sign-in was cancelled.', { host: instanceHost })) {
      result.reject(error);
      return shutdown();
    },
  };
}
