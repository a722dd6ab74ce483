import { host, unwrap } from '../../lib/host';

/** Opens a web link in the system browser (the host allows http/https only); the window never navigates. */
export function openExternal(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return;
  void unwrap(host().shell.openExternal({ url: parsed.href })).catch((error: unknown) =>
    console.warn('[status] could not open the link', error),
  );
}
