import { randomUUID } from 'node:crypto';
import { HostError } from '../../ipc/result';
import type { SignInStarted } from '../../ipc/types/accounts';
import type { HttpOptions } from '../instances/instance-http';
import type { Logger } from '../log';
import { buildAuthorizeUrl } from './authorize-url';
import { createDeferred, type Deferred } from './deferred';
import { defaultSignInTimeoutMs, startLoopbackListener, type LoopbackListener } from './loopback-listener';
import {
  exchangeCode,
  oobRedirectUri,
  revokeToken,
  verifyCredentials,
  type AppCredentials,
  type RemoteAccount,
} from './oauth-client';
import { codeChallengeS256, createCodeVerifier, createState } from './pkce';

/** What the server granted: a token and whose it is. */
export interface Grant {
  accessToken: string;
  account: RemoteAccount;
}

export interface FlowRequest<T> {
  instanceUrl: string;
  app: AppCredentials;
  /** PKCE S256 is used only when the server advertises it (4.3+). */
  supportsPkce: boolean;
  forceLogin: boolean;
  preferOob: boolean;
  lang: string | undefined;
  /** Stores what was granted (or refuses it, e.g. `wrong_account`) and gives the flow its result. */
  complete(grant: Grant): Promise<T>;
  /** The server no longer knows the app (`invalid_client`): forget it so the next sign-in registers anew. */
  appRejected(): Promise<void>;
}

export interface SignInFlows<T> {
  /** Opens the authorize page in the system browser, listening on loopback unless that is impossible. */
  start(request: FlowRequest<T>): Promise<SignInStarted>;
  /** Waits for the flow's outcome: loopback callback (or a pasted code), exchange, storage. */
  finish(flowId: string): Promise<T>;
  /** Completes a flow with a code the user pasted (oob, or copied from a redirect that never arrived). */
  submitCode(flowId: string, code: string): Promise<T>;
  /** Stops a flow; a pending finish rejects with `cancelled`. Unknown or finished flows are ignored. */
  cancel(flowId: string): Promise<void>;
  closeAll(): Promise<void>;
}

export interface SignInFlowsOptions {
  openExternal(url: string): Promise<void>;
  http: HttpOptions;
  log: Logger;
  /** How long a flow waits for the browser or a pasted code (5 min by default). */
  timeoutMs?: number;
  /** How long a finished flow's outcome stays available to a late `finish` call. */
  keepSettledMs?: number;
}

interface Flow<T> {
  id: string;
  request: FlowRequest<T>;
  host: string;
  redirectUri: string;
  codeVerifier: string | undefined;
  listener: LoopbackListener | undefined;
  outcome: Deferred<T>;
  /** A code is being redeemed; a second one must wait for its verdict. */
  redeeming: boolean;
  /** The user pasted a code: the listener's end no longer decides the flow. */
  manual: boolean;
  timer: NodeJS.Timeout;
}

/**
 * OAuth authorisation-code flows in progress, keyed by a random flow id. Each gets its own `state`, its PKCE
 * verifier (when supported), a one-shot loopback listener (or the oob redirect), and a deadline.
 * @see https://www.rfc-editor.org/rfc/rfc8252
 */
export function createSignInFlows<T>(options: SignInFlowsOptions): SignInFlows<T> {
  const timeoutMs = options.timeoutMs ?? defaultSignInTimeoutMs;
  const keepSettledMs = options.keepSettledMs ?? 60_000;
  const { http, log } = options;
  const flows = new Map<string, Flow<T>>();
  const cleanups = new Set<NodeJS.Timeout>();

  const settle = (flow: Flow<T>, result: { value: T } | { error: unknown }) => {
    if (flow.outcome.settled) return;
    clearTimeout(flow.timer);
    if ('value' in result) flow.outcome.resolve(result.value);
    else flow.outcome.reject(result.error);
    void flow.listener?.stop();
    const cleanup = setTimeout(() => {
      cleanups.delete(cleanup);
      flows.delete(flow.id);
    }, keepSettledMs);
    cleanup.unref();
    cleanups.add(cleanup);
  };

  const redeem = async (flow: Flow<T>, code: string): Promise<T> => {
    if (flow.redeeming) {
      throw new HostError('sign_in_busy', 'Pouet is already finishing this sign-in.', { host: flow.host });
    }
    flow.redeeming = true;
    try {
      const { instanceUrl, app } = flow.request;
      const accessToken = await exchangeCode(
        instanceUrl,
        { app, code, redirectUri: flow.redirectUri, codeVerifier: flow.codeVerifier },
        http,
      ).catch(async (error: unknown) => {
        if (error instanceof HostError && error.code === 'app_rejected') await flow.request.appRejected();
        throw error;
      });
      const account = await verifyCredentials(instanceUrl, accessToken, http).catch(
        async (error: unknown) => {
          await revokeToken(instanceUrl, app, accessToken, http).catch(() => undefined);
          throw error;
        },
      );
      if (flow.outcome.settled) {
        // Cancelled (or timed out) while the server was answering: do not keep a token nobody wants.
        await revokeToken(instanceUrl, app, accessToken, http).catch(() => undefined);
        throw new HostError('cancelled', 'Sign-in was cancelled.', { host: flow.host });
      }
      return await flow.request.complete({ accessToken, account });
    } finally {
      flow.redeeming = false;
    }
  };

  const find = (flowId: string): Flow<T> => {
    const flow = flows.get(flowId);
    if (!flow) {
      throw new HostError('unknown_flow', 'This sign-in is no longer in progress. Start again.', { flowId });
    }
    return flow;
  };

  return {
    async start(request) {
      const id = randomUUID();
      const host = new URL(request.instanceUrl).host;
      const state = createState();
      const codeVerifier = request.supportsPkce ? createCodeVerifier() : undefined;

      let listener: LoopbackListener | undefined;
      if (!request.preferOob) {
        try {
          listener = await startLoopbackListener({ state, timeoutMs, instanceHost: host });
        } catch (error) {
          log.warn('could not listen on 127.0.0.1; falling back to copying the code', error);
        }
      }
      const redirectUri = listener?.redirectUri ?? oobRedirectUri;
      const timer = setTimeout(() => {
        if (flow.redeeming) return;
        const minutes = String(Math.max(1, Math.round(timeoutMs / 60_000)));
        settle(flow, {
          error: new HostError(
            'timed_out',
            `Sign-in took more than ${minutes} min and was stopped. Try again when you are ready.`,
            {
              host,
              minutes,
            },
          ),
        });
      }, timeoutMs);
      timer.unref();

      const flow: Flow<T> = {
        id,
        request,
        host,
        redirectUri,
        codeVerifier,
        listener,
        outcome: createDeferred<T>(),
        redeeming: false,
        manual: false,
        timer,
      };
      flows.set(id, flow);

      listener?.code.then(
        (code) =>
          redeem(flow, code).then(
            (value) => settle(flow, { value }),
            (error: unknown) => settle(flow, { error }),
          ),
        (error: unknown) => {
          if (!flow.manual) settle(flow, { error });
        },
      );

      const authorizeUrl = buildAuthorizeUrl({
        instanceUrl: request.instanceUrl,
        clientId: request.app.clientId,
        redirectUri,
        scope: request.app.scopes,
        state,
        codeChallenge: codeVerifier ? codeChallengeS256(codeVerifier) : undefined,
        forceLogin: request.forceLogin,
        lang: request.lang,
      });
      try {
        await options.openExternal(authorizeUrl);
      } catch (error) {
        // The UI shows the link to copy; the flow goes on.
        log.warn('could not open the system browser', error);
      }
      return { flowId: id, authorizeUrl, redirect: listener ? 'loopback' : 'oob' };
    },

    finish: async (flowId) => find(flowId).outcome.promise,

    async submitCode(flowId, code) {
      const flow = find(flowId);
      if (flow.outcome.settled) return flow.outcome.promise;
      flow.manual = true;
      await flow.listener?.stop();
      try {
        const value = await redeem(flow, code.trim());
        settle(flow, { value });
        return value;
      } catch (error) {
        // A mistyped code may be pasted again; anything else ends the flow.
        if (!(
          error instanceof HostError &&
          (error.code === 'invalid_code' || error.code === 'sign_in_busy')
        )) {
          settle(flow, { error });
        }
        throw error;
      }
    },

    async cancel(flowId) {
      const flow = flows.get(flowId);
      if (!flow) return;
      settle(flow, { error: new HostError('cancelled', 'Sign-in was cancelled.', { host: flow.host }) });
      await flow.listener?.stop();
    },

    async closeAll() {
      for (const cleanup of cleanups) clearTimeout(cleanup);
      cleanups.clear();
      const all = [...flows.values()];
      flows.clear();
      for (const flow of all) {
        settle(flow, {
          error: new HostError('cancelled', 'Pouet is closing; sign-in was stopped.', { host: flow.host }),
        });
      }
      await Promise.all(all.map((flow) => flow.listener?.stop()));
      for (const cleanup of cleanups) clearTimeout(cleanup);
      cleanups.clear();
    },
  };
}
