import type { PouetBridge } from '../../../electron/ipc/contract';
import type { HostErrorShape, HostResult } from '../../../electron/ipc/result';
import type {} from '../../../electron/ipc/window-bridge';

/** A failed host call, with the host's stable code for translation and its readable message. */
export class HostCallError extends Error {
  readonly code: string;
  readonly params: Record<string, string> | undefined;
  constructor(shape: HostErrorShape) {
    super(shape.message);
    this.name = 'HostCallError';
    this.code = shape.code;
    this.params = shape.params;
  }
}

export function host(): PouetBridge {
  if (!window.pouet) throw new Error('Pouet must run inside its desktop shell: window.pouet is missing.');
  return window.pouet;
}

/** Awaits a host call and returns its value, or throws a HostCallError. */
export async function unwrap<T>(call: Promise<HostResult<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new HostCallError(result.error);
  return result.value;
}
