import type { IncomingMessage } from 'node:http';
import { assignParam, type Params } from './params';

const MAX_BODY = 50 * 1024 * 1024;

export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY) throw new Error('Request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Parses JSON, urlencoded and multipart bodies into one nested `Params` object (files as UploadedFile). */
export async function parseBody(contentType: string | undefined, raw: Buffer): Promise<Params> {
  if (raw.length === 0) return {};
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Params) : {};
  }
  if (type === 'multipart/form-data') {
    // undici's Request already knows multipart, so no parser dependency is needed.
    const form = await new Request('http://body.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType ?? '' },
      body: new Uint8Array(raw),
    }).formData();
    const out: Params = {};
    for (const [key, value] of form) {
      if (typeof value === 'string') assignParam(out, key, value);
      else {
        const data = Buffer.from(await value.arrayBuffer());
        assignParam(out, key, { name: value.name, type: value.type || 'application/octet-stream', data });
      }
    }
    return out;
  }
  const out: Params = {};
  for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) assignParam(out, k, v);
  return out;
}
