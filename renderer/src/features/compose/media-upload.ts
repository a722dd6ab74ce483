import { MastoHttpError } from 'masto';
import { host, unwrap } from '../../lib/host';
import { authExpired, withAccount, type mastodon } from '../../mastodon';
import type { DraftMedia } from './draft';

/**
 * Uploads one file as an account, reporting progress, then waits for the server to finish processing it.
 *
 * The upload itself uses XMLHttpRequest: fetch (and so masto) cannot report upload progress over HTTP/1.1,
 * and a user attaching a 40 MB video deserves a progress bar. The token comes from the host exactly as the
 * client registry gets it; polling and every later call go through the shared masto client.
 * @see https://docs.joinmastodon.org/methods/media/#v2
 */
export interface UploadHooks {
  onProgress(fraction: number): void;
  onProcessing(): void;
  signal?: AbortSignal;
}

interface WireAttachment {
  id: string;
  type: DraftMedia['type'];
  url: string | null;
  preview_url: string | null;
  description: string | null;
  meta?: { focus?: { x: number; y: number } | null } | null;
}

function toDraftMedia(a: WireAttachment | mastodon.v1.MediaAttachment, fileName: string): DraftMedia {
  const wire = a as WireAttachment & Partial<mastodon.v1.MediaAttachment>;
  const focus = a.meta?.focus;
  return {
    id: a.id,
    type: a.type,
    url: a.url ?? null,
    previewUrl: wire.preview_url ?? wire.previewUrl ?? null,
    fileName,
    description: a.description ?? '',
    focus: focus ? { x: focus.x, y: focus.y } : null,
    dirty: false,
  };
}

/** An HTTP failure shaped like masto's, so the composer types it with the same mapping as every call. */
function httpError(xhr: XMLHttpRequest): MastoHttpError {
  let message = xhr.statusText || `HTTP ${xhr.status}`;
  try {
    const body = JSON.parse(xhr.responseText) as { error?: unknown };
    if (typeof body.error === 'string') message = body.error;
  } catch {
    // Not JSON (a proxy's page): keep the status text.
  }
  const headers = new Headers();
  for (const name of ['x-ratelimit-reset', 'retry-after']) {
    const value = xhr.getResponseHeader(name);
    if (value) headers.set(name, value);
  }
  const cause = new Response(null, { status: xhr.status, headers });
  return new MastoHttpError({ statusCode: xhr.status, message, description: message }, { cause });
}

function send(
  url: string,
  token: string,
  file: File,
  hooks: UploadHooks,
): Promise<{ status: number; body: WireAttachment }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) hooks.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) as WireAttachment });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      } else reject(httpError(xhr));
    };
    // Like fetch: a network failure is a TypeError, which the shared mapping reads as offline/unreachable.
    xhr.onerror = () => reject(new TypeError('The upload could not reach the server.'));
    xhr.ontimeout = () => reject(new DOMException('The upload timed out.', 'TimeoutError'));
    hooks.signal?.addEventListener('abort', () => xhr.abort());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function uploadMedia(accountId: string, file: File, hooks: UploadHooks): Promise<DraftMedia> {
  const { instanceUrl, accessToken } = await unwrap(host().accounts.token({ accountId }));
  let sent: { status: number; body: WireAttachment };
  try {
    sent = await send(new URL('/api/v2/media', instanceUrl).href, accessToken, file, hooks);
  } catch (error) {
    if (error instanceof MastoHttpError && error.statusCode === 401) authExpired(accountId);
    throw error;
  }
  // 202: accepted, still processing; the URL appears once GET /api/v1/media/:id answers 200.
  if (sent.status !== 202 && sent.body.url) return toDraftMedia(sent.body, file.name);
  hooks.onProcessing();
  for (let wait = 500; ; wait = Math.min(wait * 1.5, 5000)) {
    await sleep(wait);
    if (hooks.signal?.aborted) throw new DOMException('The upload was cancelled.', 'AbortError');
    const media = await withAccount(accountId, ({ rest }) => rest.v1.media.$select(sent.body.id).fetch());
    if (media.url) return toDraftMedia(media, file.name);
  }
}
