import { z } from 'zod';
import { HostError } from '../../ipc/result';
import type { InstancePreview } from '../../ipc/types/accounts';
import { httpRequest, readJson, type HttpOptions } from './instance-http';
import type { InstanceAddress } from './instance-input';

/** What sign-in needs to know about a server, beyond what the preview shows. */
export interface InstanceInfo {
  preview: InstancePreview;
  /** `scopes_supported` from the OAuth metadata (4.3+); undefined on older servers. */
  scopesSupported: string[] | undefined;
}

const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\//i.test(value))
  .optional()
  .nullable()
  .catch(undefined);

/** @see https://docs.joinmastodon.org/entities/Instance/ */
const instanceV2Schema = z.object({
  domain: z.string().min(1),
  title: z.string(),
  version: z.string(),
  description: z.string().optional().catch(undefined),
  thumbnail: z.object({ url: httpUrl }).nullable().optional().catch(undefined),
  icon: z
    .array(z.object({ src: httpUrl, size: z.string().optional().catch(undefined) }))
    .optional()
    .catch(undefined),
});

/** @see https://docs.joinmastodon.org/entities/V1_Instance/ */
const instanceV1Schema = z.object({
  uri: z.string().min(1),
  title: z.string(),
  version: z.string(),
  short_description: z.string().optional().catch(undefined),
  description: z.string().optional().catch(undefined),
  thumbnail: httpUrl,
});

/** @see https://docs.joinmastodon.org/methods/oauth/#authorization-server-metadata */
const oauthMetadataSchema = z.object({
  code_challenge_methods_supported: z.array(z.string()).optional().catch(undefined),
  scopes_supported: z.array(z.string()).optional().catch(undefined),
});

/**
 * Asks a server who it is: `GET /api/v2/instance` (falling back to v1 for servers older than 4.0) and its
 * OAuth metadata, whose presence (4.3+) tells whether PKCE S256 is supported. Network failures come back as
 * `host_not_found` / `no_answer` / `tls_error`, a server that answers something else as `not_mastodon`.
 */
export async function probeInstance(address: InstanceAddress, http: HttpOptions = {}): Promise<InstanceInfo> {
  const [instance, oauth] = await Promise.all([
    fetchInstance(address, http),
    fetchOAuthMetadata(address, http),
  ]);
  return {
    preview: {
      url: instance.url,
      domain: instance.domain,
      title: instance.title || instance.domain,
      description: instance.description,
      iconUrl: instance.iconUrl,
      thumbnailUrl: instance.thumbnailUrl,
      version: instance.version,
      supportsPkce: oauth?.code_challenge_methods_supported?.includes('S256') ?? false,
      username: address.username,
    },
    scopesSupported: oauth?.scopes_supported,
  };
}

type InstanceFacts = Omit<InstancePreview, 'supportsPkce' | 'username'>;

async function fetchInstance(address: InstanceAddress, http: HttpOptions): Promise<InstanceFacts> {
  const v2 = await getJson(`${address.url}/api/v2/instance`, http);
  const parsedV2 = instanceV2Schema.safeParse(v2.body);
  if (v2.ok && parsedV2.success) {
    const data = parsedV2.data;
    return {
      url: v2.origin,
      domain: data.domain,
      title: data.title.trim(),
      description: (data.description ?? '').trim(),
      iconUrl: pickIcon(data.icon),
      thumbnailUrl: data.thumbnail?.url ?? undefined,
      version: data.version,
    };
  }
  // v1 fallback: servers older than 4.0 (and some other implementations) lack /api/v2/instance.
  const v1 = await getJson(`${address.url}/api/v1/instance`, http);
  const parsedV1 = instanceV1Schema.safeParse(v1.body);
  if (v1.ok && parsedV1.success) {
    const data = parsedV1.data;
    return {
      url: v1.origin,
      domain: data.uri.replace(/^https?:\/\//i, '').replace(/\/+$/, ''),
      title: data.title.trim(),
      description: htmlToText(data.short_description || data.description || ''),
      iconUrl: undefined,
      thumbnailUrl: data.thumbnail ?? undefined,
      version: data.version,
    };
  }
  const host = address.host;
  const status = [v2.status, v1.status].find((code) => code >= 500) ?? v1.status;
  if (status >= 500) {
    throw new HostError(
      'no_answer',
      `${host} is not answering properly right now (HTTP ${status}). Try again later.`,
      {
        host,
        detail: `http_${status}`,
      },
    );
  }
  throw new HostError('not_mastodon', `${host} answered, but it is not a Mastodon-compatible server.`, {
    host,
    detail: `http_${status}`,
  });
}

async function fetchOAuthMetadata(
  address: InstanceAddress,
  http: HttpOptions,
): Promise<z.output<typeof oauthMetadataSchema> | undefined> {
  try {
    // A 404 means a server older than 4.3: no PKCE, no listed scopes.
    const answer = await getJson(`${address.url}/.well-known/oauth-authorization-server`, http);
    if (!answer.ok) return undefined;
    const parsed = oauthMetadataSchema.safeParse(answer.body);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // The instance request reports the network problem; the metadata is only a feature test.
    return undefined;
  }
}

interface JsonAnswer {
  ok: boolean;
  status: number;
  body: unknown;
  /** Origin that finally answered (after redirects), when it is as safe as the one asked. */
  origin: string;
}

async function getJson(url: string, http: HttpOptions): Promise<JsonAnswer> {
  const response = await httpRequest(url, { headers: { accept: 'application/json' } }, http);
  const body = await readJson(response);
  return { ok: response.ok, status: response.status, body, origin: answeringOrigin(url, response.url) };
}

/** Follows a redirect to a canonical host (`example.com` → `social.example.com`), never down to plain http. */
function answeringOrigin(asked: string, answered: string): string {
  const from = new URL(asked);
  if (!answered) return from.origin;
  const to = new URL(answered);
  if (to.protocol !== 'https:' && to.protocol !== from.protocol) return from.origin;
  return to.origin;
}

/** The smallest icon at least 64 px wide, else the largest one. */
function pickIcon(
  icons: { src?: string | null | undefined; size?: string | undefined }[] | undefined,
): string | undefined {
  const sized = (icons ?? [])
    .filter((icon): icon is { src: string; size: string | undefined } => typeof icon.src === 'string')
    .map((icon) => ({ src: icon.src, width: Number.parseInt(icon.size ?? '', 10) || 0 }))
    .sort((a, b) => a.width - b.width);
  return (sized.find((icon) => icon.width >= 64) ?? sized.at(-1))?.src;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** v1 descriptions are HTML; the preview shows plain text. */
function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
