/**
 * scheme://host[:port] of a URL. `URL#origin` is "null" for non-special schemes such as our `pouet://app`,
 * so build it from protocol and host instead.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Only the app's own frame may call the host (Electron security checklist #17). */
export function isTrustedSender(url: string | undefined, trustedOrigins: readonly string[]): boolean {
  if (!url) return false;
  const origin = originOf(url);
  return origin !== undefined && trustedOrigins.includes(origin);
}
