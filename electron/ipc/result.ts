/** What crosses the bridge when a host call fails: a stable code the UI can translate, and a readable message. */
export interface HostErrorShape {
  code: string;
  message: string;
  /** Values the renderer may interpolate into its own translation of `code`. */
  params?: Record<string, string>;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostErrorShape };

/** Thrown by host services; the dispatcher turns it into `{ ok: false, error }`. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HostError';
  }

  toShape(): HostErrorShape {
    return this.params
      ? { code: this.code, message: this.message, params: this.params }
      : { code: this.code, message: this.message };
  }
}
