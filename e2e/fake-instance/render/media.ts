import type { mastodon } from 'masto';
import type { MediaRecord } from '../store';
import { mediaPreviewUrl, mediaUrl } from '../urls';
import type { World } from '../world';

/** Preview images are at most 640 px on the long side, like Mastodon's `small` style. */
export function previewSize(m: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, 640 / Math.max(m.width, m.height));
  return {
    width: Math.max(1, Math.round(m.width * scale)),
    height: Math.max(1, Math.round(m.height * scale)),
  };
}

function sizeMeta(width: number, height: number): mastodon.v1.MediaAttachmentMetaImage {
  return { width, height, size: `${width}x${height}`, aspect: width / height };
}

export function renderMedia(w: World, m: MediaRecord): mastodon.v1.MediaAttachment {
  const ready = w.clock.now() >= m.readyAt;
  const small = previewSize(m);
  const original: mastodon.v1.MediaAttachmentMetaImage | mastodon.v1.MediaAttachmentMetaVideo =
    m.type === 'image'
      ? sizeMeta(m.width, m.height)
      : {
          width: m.width,
          height: m.height,
          frameRate: '30/1',
          duration: m.duration ?? 0,
          bitrate: 1_200_000,
          aspect: m.width / m.height,
        };
  return {
    id: m.id,
    type: m.type,
    // While processing, Mastodon has no URL yet; clients poll GET /api/v1/media/:id.
    url: ready ? mediaUrl(w, m) : null,
    previewUrl: mediaPreviewUrl(w, m),
    remoteUrl: m.remoteDomain ? `https://${m.remoteDomain}/media/${m.id}.${m.extension}` : null,
    previewRemoteUrl: null,
    textUrl: null,
    meta: {
      original,
      small: sizeMeta(small.width, small.height),
      ...(m.focus ? { focus: { x: m.focus.x, y: m.focus.y } } : {}),
    },
    description: m.description,
    blurhash: m.blurhash,
  };
}
