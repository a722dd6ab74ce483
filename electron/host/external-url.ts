import { HostError } from '../ipc/result';

const webSchemes = new Set(['https:', 'http:']);

/**
 * Only web links leave the app for the system browser (Electron security checklist #15): a crafted
 * `file:`, `javascript:` or custom-scheme link from a post must never reach the OS.
 */
export function checkExternalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HostError('unsafe_url', 'This link is not a valid web address.');
  }
  if (!webSchemes.has(url.protocol)) {
    throw new HostError(
      'unsafe_url',
      `Only web links (http or https) can be opened; this one is "${url.protocol}".`,
      {
        scheme: url.protocol,
      },
    );
  }
  if (!url.hostname) throw new HostError('unsafe_url', 'This link has no host.');
  if (url.username || url.password) {
    throw new HostError('unsafe_url', 'Links carrying a user name or password are not opened.');
  }
  return url.href;
}
