import type { WebSocketClass } from './client-registry';

/** What the stream hub learns from the socket itself, which masto does not report. */
export interface SocketHooks {
  opened(): void;
  closed(): void;
  /** A server error frame `{"error": …, "status": …}`; it names no stream (FACTS.md §1, §6). */
  errorFrame(message: string, status: number | undefined): void;
}

/**
 * masto v8 has no reconnect callback, so we hand it a WebSocket subclass that reports `open`, `close` and
 * error frames. Our listeners are added in the constructor, before masto's, so the hub hears an error frame
 * before masto throws it into every subscription on the socket.
 */
export function observedWebSocket(hooks: SocketHooks, Base: WebSocketClass = WebSocket): WebSocketClass {
  return class ObservedWebSocket extends Base {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('open', () => hooks.opened());
      this.addEventListener('close', () => hooks.closed());
      this.addEventListener('message', (event: MessageEvent<unknown>) => {
        const frame = readErrorFrame(event.data);
        if (frame) hooks.errorFrame(frame.message, frame.status);
      });
    }
  };
}

/** Mastodon writes error frames as `JSON.stringify({ error, status })`; a prefix test keeps the firehose cheap. */
export function readErrorFrame(data: unknown): { message: string; status: number | undefined } | undefined {
  if (typeof data !== 'string' || !data.startsWith('{"error"')) return undefined;
  try {
    const parsed = JSON.parse(data) as { error?: unknown; status?: unknown };
    return {
      message: typeof parsed.error === 'string' ? parsed.error : 'Unknown streaming error',
      status: typeof parsed.status === 'number' ? parsed.status : undefined,
    };
  } catch {
    return undefined;
  }
}
