import type { InstancePreview, SignInStarted, TokenStorage } from '../../../../electron/ipc/types/accounts';
import { host, unwrap } from '../../lib/host';

export interface StartOptions {
  preview: InstancePreview;
  storage: TokenStorage | undefined;
  accountId: string | undefined;
  /** True when an account on the same instance is already signed in: make the server ask again. */
  forceLogin: boolean;
  /** Skip the loopback redirect and use the copy-the-code page. */
  preferOob?: boolean;
}

export function startSignIn({
  preview,
  storage,
  accountId,
  forceLogin,
  preferOob,
}: StartOptions): Promise<SignInStarted> {
  return unwrap(
    host().signIn.start({
      instance: preview.url,
      forceLogin,
      ...(preferOob ? { preferOob } : {}),
      ...(storage ? { storage } : {}),
      ...(accountId ? { accountId } : {}),
    }),
  );
}

export const finishSignIn = (flowId: string) => unwrap(host().signIn.finish({ flowId }));
export const submitCode = (flowId: string, code: string) =>
  unwrap(host().signIn.submitCode({ flowId, code }));
export const cancelSignIn = (flowId: string) => unwrap(host().signIn.cancel({ flowId }));
export const previewInstance = (instance: string) => unwrap(host().instances.preview({ instance }));
