/** A promise with its settle functions, settled at most once (`Promise.withResolvers` needs Node 22). */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
  readonly settled: boolean;
}

export function createDeferred<T>(): Deferred<T> {
  let settle!: { resolve: (value: T) => void; reject: (error: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Nobody may be waiting (the UI can cancel before it finishes): an unobserved failure is not a crash.
  promise.catch(() => undefined);
  let settled = false;
  return {
    promise,
    get settled() {
      return settled;
    },
    resolve(value) {
      if (settled) return;
      settled = true;
      settle.resolve(value);
    },
    reject(error) {
      if (settled) return;
      settled = true;
      settle.reject(error);
    },
  };
}
