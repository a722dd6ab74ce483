export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** A logger that prefixes every line with its scope, e.g. `[pouet:settings]`. */
export function createLogger(
  scope: string,
  sink: Pick<Console, 'info' | 'warn' | 'error'> = console,
): Logger {
  const prefix = `[pouet:${scope}]`;
  const line = (level: 'info' | 'warn' | 'error') => (message: string, detail?: unknown) =>
    detail === undefined ? sink[level](prefix, message) : sink[level](prefix, message, detail);
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

const ignore = () => undefined;
export const silentLogger: Logger = { info: ignore, warn: ignore, error: ignore };
