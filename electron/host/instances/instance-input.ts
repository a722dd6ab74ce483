import { HostError } from '../../ipc/result';

/** Where an instance lives, as understood from what the user typed. */
export interface InstanceAddress {
  /** Canonical origin without a trailing slash: `https://mastodon.social`, `http://127.0.0.1:4000`. */
  url: string;
  /** Host with its port when it is not the scheme's default: `mastodon.social`, `127.0.0.1:4000`. */
  host: string;
  /** A user name the input carried (`@alice@mastodon.social`, `https://host/@alice`), without any `@`. */
  username: string | undefined;
}

/** Why an input was refused; the renderer may use it (with `input`) to say something more precise. */
export type InstanceInputProblem =
  | 'empty'
  | 'contains_space'
  | 'unsupported_scheme'
  | 'email_address'
  | 'invalid_handle'
  | 'has_credentials'
  | 'invalid_port'
  | 'invalid_characters'
  | 'not_a_domain';

/** Mail-only providers: `alice@gmail.com` is an e-mail address, not a fediverse handle. */
const MAIL_PROVIDERS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'aol.com',
]);

const LOOPBACK_HOSTNAMES = new Set(['localhost', '[::1]']);
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Mastodon usernames are `[a-z0-9_]`; other servers also allow dots and dashes. */
const USERNAME = /^[\p{L}\p{N}_.-]{1,100}$/u;

/**
 * Understands what a person types as "their instance": a domain, a URL (any path is dropped), a handle
 * (`@alice@mastodon.social`, `alice@…`, `acct:alice@…`) or a profile URL (`https://host/@alice`). IDN domains
 * come back in punycode; the scheme defaults to https, except for loopback hosts (local test servers), which
 * default to http. Throws `invalid_instance` with `params.reason` saying what is wrong.
 */
export function parseInstanceInput(raw: string): InstanceAddress {
  const input = raw.trim();
  const fail = (reason: InstanceInputProblem, message: string, extra: Record<string, string> = {}): never => {
    throw new HostError('invalid_instance', message, { reason, input, ...extra });
  };

  if (input === '') fail('empty', 'Type the address of a server, for example mastodon.social.');
  if (/\s/.test(input)) fail('contains_space', 'A server address cannot contain spaces.');

  let rest = input;
  let scheme: 'http' | 'https' | undefined;
  const schemeMatch = /^([a-z][a-z0-9+.-]*):(\/\/)?/i.exec(rest);
  if (schemeMatch && !/^\d/.test(rest.slice(schemeMatch[1]!.length + 1))) {
    const name = schemeMatch[1]!.toLowerCase();
    rest = rest.slice(schemeMatch[0].length);
    if (name === 'http' || name === 'https') {
      if (!schemeMatch[2]) fail('invalid_characters', `Write the address as ${name}://example.social.`);
      scheme = name;
    } else if (name === 'mailto') {
      fail('email_address', emailMessage);
    } else if (name !== 'acct' || schemeMatch[2]) {
      fail('unsupported_scheme', `Only https:// (or http://) addresses can be used, not ${name}:.`, {
        scheme: name,
      });
    }
  }

  // A handle: `@alice@host`, `alice@host`, or the userinfo of a URL.
  let username: string | undefined;
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const tail = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  let hostPart = authority;
  if (authority.includes('@')) {
    const parts = authority.replace(/^@/, '').split('@');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
      fail('invalid_handle', 'A handle looks like @you@mastodon.social.');
    }
    const [user, host] = parts as [string, string];
    if (user.includes(':')) fail('has_credentials', 'Leave any password out of the server address.');
    if (!USERNAME.test(user)) {
      if (/[+%]/.test(user)) fail('email_address', emailMessage);
      fail('invalid_handle', 'A handle looks like @you@mastodon.social.');
    }
    if (MAIL_PROVIDERS.has(host.toLowerCase())) fail('email_address', emailMessage);
    username = user;
    hostPart = host;
  }
  if (hostPart === '') fail('not_a_domain', 'Type the address of a server, for example mastodon.social.');
  if (hostPart.includes('\\')) fail('invalid_characters', `“${hostPart}” is not a valid server address.`);

  let url: URL;
  try {
    url = new URL(`https://${hostPart}`);
  } catch {
    const port = /:(\d+)$/.exec(hostPart);
    if (port && Number(port[1]) > 65535) {
      fail('invalid_port', `${port[1]} is not a valid port number (the largest is 65535).`, {
        port: port[1]!,
      });
    }
    return fail(
      'invalid_characters',
      `“${hostPart}” contains characters that cannot be part of a server address.`,
      {
        host: hostPart,
      },
    );
  }
  const hostname = url.hostname.replace(/\.$/, '');
  checkHostname(hostname, hostPart, fail);

  if (username === undefined) username = /^\/@([\p{L}\p{N}_.-]+)\/?$/u.exec(tail)?.[1];
  const loopback = isLoopbackHostname(hostname);
  const effectiveScheme = scheme ?? (loopback ? 'http' : 'https');
  const canonical = new URL(`${effectiveScheme}://${hostname}${url.port ? `:${url.port}` : ''}`);
  return { url: canonical.origin, host: canonical.host, username };
}

const emailMessage =
  'This looks like an e-mail address. Type the address of your server instead, for example mastodon.social.';

function checkHostname(
  hostname: string,
  typed: string,
  fail: (reason: InstanceInputProblem, message: string, extra?: Record<string, string>) => never,
): void {
  if (hostname.startsWith('[') || IPV4.test(hostname) || hostname === 'localhost') return;
  const labels = hostname.split('.');
  if (!labels.every((label) => DNS_LABEL.test(label))) {
    fail('invalid_characters', `“${typed}” contains characters that cannot be part of a server address.`, {
      host: typed,
    });
  }
  if (labels.length < 2) {
    fail(
      'not_a_domain',
      `“${typed}” is not a complete server address. Include its ending, as in mastodon.social.`,
      {
        host: typed,
      },
    );
  }
}

/** Loopback literals and `localhost`: local test servers, reached over plain http unless told otherwise. */
export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTNAMES.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
