import { notFound, ok, json, unprocessable } from '../http/reply';
import { file, str } from '../http/params';
import { hashString } from '../generator/prng';
import { mediaKind, IMAGE_SIZE_LIMIT, VIDEO_SIZE_LIMIT } from '../media/kinds';
import { photoPicture } from '../media/pictures';
import { imageSize } from '../media/png';
import { renderMedia } from '../render/media';
import { user, type Router } from '../router';
import type { MediaRecord } from '../store';
import type { RequestContext } from '../request-context';

function parseFocus(value: string | undefined): { x: number; y: number } | null {
  if (!value) return null;
  const [x, y] = value.split(',').map(Number);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { x: Math.max(-1, Math.min(1, x!)), y: Math.max(-1, Math.min(1, y!)) };
}

function upload(ctx: RequestContext, async: boolean): MediaRecord {
  const w = ctx.world;
  const f = file(ctx.body, 'file');
  if (!f)
    throw unprocessable("Validation failed: File can't be blank", {
      file: [{ error: 'ERR_BLANK', description: "can't be blank" }],
    });
  const kind = mediaKind(f.type);
  if (!kind) {
    throw unprocessable('Validation failed: File content type is invalid, File is invalid', {
      file: [{ error: 'ERR_INVALID', description: 'content type is invalid' }],
    });
  }
  const limit = kind.type === 'image' ? IMAGE_SIZE_LIMIT : VIDEO_SIZE_LIMIT;
  if (f.data.length > limit)
    throw unprocessable(`Validation failed: File must be less than ${Math.round(limit / 1024 / 1024)} MB`);
  const description = str(ctx.body, 'description') ?? null;
  if (description && [...description].length > 1500)
    throw unprocessable('Validation failed: Description is too long (maximum is 1500 characters)');
  const now = w.clock.now();
  const look = hashString(f.data.subarray(0, 4096).toString('base64')) % 1_000_000;
  const size = imageSize(f.data) ?? { width: 640, height: 360 };
  const id = w.ids.snowflake(now);
  const m: MediaRecord = {
    id,
    accountId: ctx.me.id,
    type: kind.type,
    contentType: f.type,
    extension: kind.ext,
    data: f.data,
    look,
    width: size.width,
    height: size.height,
    duration: kind.type === 'image' ? null : 5,
    description,
    focus: parseFocus(str(ctx.body, 'focus')),
    blurhash: photoPicture(look, 64, Math.max(8, Math.round((64 * size.height) / size.width))).blurhash,
    createdAt: now,
    readyAt: async ? now + w.mediaProcessingMs : now,
    statusId: null,
    remoteDomain: null,
  };
  w.store.media.set(m.id, m);
  return m;
}

function ownMedia(ctx: RequestContext): MediaRecord {
  const m = ctx.world.store.media.get(ctx.param('id'));
  if (!m || m.accountId !== ctx.me.id) throw notFound();
  return m;
}

export function registerMediaRoutes(r: Router): void {
  // v2 answers 202 while the file is processed; the URL appears once GET /api/v1/media/:id says 200.
  r.post('/api/v2/media', user('write:media'), (ctx) => {
    const m = upload(ctx, true);
    const ready = ctx.world.clock.now() >= m.readyAt;
    return json(ready ? 200 : 202, renderMedia(ctx.world, m));
  });
  r.post('/api/v1/media', user('write:media'), (ctx) => ok(renderMedia(ctx.world, upload(ctx, false))));
  r.get('/api/v1/media/:id', user('write:media'), (ctx) => {
    const m = ownMedia(ctx);
    const ready = ctx.world.clock.now() >= m.readyAt;
    return json(ready ? 200 : 206, renderMedia(ctx.world, m));
  });
  r.put('/api/v1/media/:id', user('write:media'), (ctx) => {
    const m = ownMedia(ctx);
    if (m.statusId) throw notFound();
    const description = str(ctx.input, 'description');
    if (description !== undefined) m.description = description;
    const focus = parseFocus(str(ctx.input, 'focus'));
    if (focus) m.focus = focus;
    return ok(renderMedia(ctx.world, m));
  });
  r.delete('/api/v1/media/:id', user('write:media'), (ctx) => {
    const m = ownMedia(ctx);
    if (m.statusId) throw unprocessable('Media attachment is currently used by a status');
    ctx.world.store.media.delete(m.id);
    return ok({});
  });
}
