import { chimeWav } from '../media/audio';
import { avatarPicture, emojiPicture, headerPicture, photoPicture } from '../media/pictures';
import { previewSize } from '../render/media';
import type { Reply } from '../http/reply';
import { hashString } from '../generator/prng';
import { PUBLIC, type Router } from '../router';
import type { RequestContext } from '../request-context';

/** Files the instance serves itself: avatars, headers, media, emoji and card images, all generated. */

const CACHE = { 'Cache-Control': 'public, max-age=31536000, immutable', 'Access-Control-Allow-Origin': '*' };

const png = (data: Buffer): Reply => ({
  kind: 'bytes',
  status: 200,
  contentType: 'image/png',
  data,
  headers: CACHE,
});
const notFoundFile = (): Reply => ({ kind: 'text', status: 404, text: 'Not found' });

/** A few bytes with the right type: enough for a <video> element to report "cannot play" honestly. */
const PLACEHOLDER_VIDEO = Buffer.from('00000018667479706d703432000000006d7034326d703431', 'hex');

function lookFromFile(name: string): number {
  const n = Number.parseInt(name, 10);
  return Number.isFinite(n) ? n : hashString(name);
}

function accountImage(kind: 'avatar' | 'header') {
  return (ctx: RequestContext): Reply => {
    const a = ctx.world.store.account(ctx.param('id'));
    const upload = a ? (kind === 'avatar' ? a.avatarUpload : a.headerUpload) : null;
    if (upload)
      return { kind: 'bytes', status: 200, contentType: upload.type, data: upload.data, headers: CACHE };
    const look = a?.look ?? lookFromFile(ctx.param('file'));
    return png((kind === 'avatar' ? avatarPicture(look) : headerPicture(look)).png);
  };
}

function mediaFile(style: 'original' | 'small') {
  return (ctx: RequestContext): Reply => {
    const m = ctx.world.store.media.get(ctx.param('id'));
    if (!m) return notFoundFile();
    if (style === 'original') {
      if (m.data)
        return { kind: 'bytes', status: 200, contentType: m.contentType, data: m.data, headers: CACHE };
      if (m.type === 'audio')
        return {
          kind: 'bytes',
          status: 200,
          contentType: 'audio/wav',
          data: chimeWav(m.look),
          headers: CACHE,
        };
      if (m.type === 'video' || m.type === 'gifv') {
        return {
          kind: 'bytes',
          status: 200,
          contentType: 'video/mp4',
          data: PLACEHOLDER_VIDEO,
          headers: CACHE,
        };
      }
      return png(photoPicture(m.look, m.width, m.height).png);
    }
    if (m.data && m.type === 'image')
      return { kind: 'bytes', status: 200, contentType: m.contentType, data: m.data, headers: CACHE };
    const small = previewSize(m);
    return png(photoPicture(m.look, small.width, small.height).png);
  };
}

export function registerAssetRoutes(r: Router): void {
  for (const base of ['/system/accounts', '/system/cache/accounts']) {
    r.get(`${base}/avatars/:id/original/:file`, PUBLIC, accountImage('avatar'));
    r.get(`${base}/headers/:id/original/:file`, PUBLIC, accountImage('header'));
  }
  for (const base of ['/system/media_attachments', '/system/cache/media_attachments']) {
    r.get(`${base}/files/:id/original/:file`, PUBLIC, mediaFile('original'));
    r.get(`${base}/files/:id/small/:file`, PUBLIC, mediaFile('small'));
  }
  r.get('/system/custom_emojis/images/:file', PUBLIC, (ctx) => {
    const code = ctx.param('file').replace(/\.png$/, '');
    const e = ctx.world.store.customEmojis.find((x) => x.shortcode === code);
    return png(emojiPicture(e?.look ?? hashString(code)).png);
  });
  r.get('/system/cache/preview_cards/images/:file', PUBLIC, (ctx) =>
    png(photoPicture(lookFromFile(ctx.param('file')), 400, 210).png),
  );
}
