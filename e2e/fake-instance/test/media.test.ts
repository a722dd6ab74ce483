import type { mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInstance } from '../index';
import { encodePng, Canvas } from '../media/png';
import { restAs, withInstance } from './masto-harness';

let fi: FakeInstance;
let alice: mastodon.rest.Client;
let token: string;

beforeAll(async () => {
  fi = await withInstance();
  token = await fi.admin.tokenFor('alice');
  alice = await restAs(fi, 'alice');
});
afterAll(() => fi.close());

function png(width: number, height: number): Blob {
  const c = new Canvas(width, height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) c.set(x, y, [x % 256, y % 256, 128]);
  return new Blob([new Uint8Array(encodePng(c))], { type: 'image/png' });
}

describe('media uploads', () => {
  it('uploads through masto (v2, async processing), then attaches with alt text', async () => {
    const media = await alice.v2.media.create({
      file: png(32, 24),
      description: 'A gradient test card',
      focus: '0.5,-0.25',
    });
    expect(media.type).toBe('image');
    expect(media.url).toMatch(/\/system\/media_attachments\/files\/\d+\/original\/\d+\.png$/);
    expect(media.meta?.original).toMatchObject({ width: 32, height: 24 });
    expect(media.meta?.focus).toEqual({ x: 0.5, y: -0.25 });
    expect(media.blurhash).toHaveLength(28);
    const served = await fetch(media.url!);
    expect(served.headers.get('content-type')).toBe('image/png');
    const status = await alice.v1.statuses.create({
      status: 'with a picture',
      mediaIds: [media.id],
      sensitive: true,
    });
    expect(status.mediaAttachments[0]).toMatchObject({ id: media.id, description: 'A gradient test card' });
    expect(status.sensitive).toBe(true);
  });

  it('answers 202 while processing, 206 on GET until ready, and refuses to attach unprocessed media', async () => {
    const form = new FormData();
    form.append('file', png(8, 8), 'tiny.png');
    const res = await fetch(`${fi.url}/api/v2/media`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { id: string; url: string | null };
    expect(body.url).toBeNull();
    const poll = await fetch(`${fi.url}/api/v1/media/${body.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(poll.status).toBe(206);
    await expect(alice.v1.statuses.create({ status: 'too soon', mediaIds: [body.id] })).rejects.toMatchObject(
      { statusCode: 422 },
    );
    await new Promise((r) => setTimeout(r, 250));
    const ready = await fetch(`${fi.url}/api/v1/media/${body.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { url: string }).url).toContain(body.id);
  });

  it('rejects unsupported files with 422 details', async () => {
    const err = await alice.v2.media
      .create({ file: new Blob(['hello'], { type: 'text/plain' }), skipPolling: true })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ statusCode: 422, details: { file: [{ error: 'ERR_INVALID' }] } });
  });

  it('serves seeded video, gifv and audio attachments with previews', async () => {
    const found = new Map<string, mastodon.v1.MediaAttachment>();
    for await (const page of alice.v1.timelines.public.list({ limit: 40 })) {
      for (const s of page) for (const m of s.mediaAttachments) if (!found.has(m.type)) found.set(m.type, m);
      if (found.size >= 4) break;
    }
    expect([...found.keys()].sort()).toEqual(['audio', 'gifv', 'image', 'video']);
    const audio = await fetch(found.get('audio')!.url!);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    const preview = await fetch(found.get('video')!.previewUrl);
    expect(preview.headers.get('content-type')).toBe('image/png');
  });
});
