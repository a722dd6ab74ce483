import type { mastodon } from 'masto';
import { photoPicture } from '../media/pictures';
import type { MediaRecord } from '../store';
import type { World } from '../world';
import type { Prng } from './prng';

const SHAPES: [number, number][] = [
  [1200, 800],
  [800, 1200],
  [1024, 1024],
  [1600, 900],
];

/** A generated attachment (image, video, gifv or audio) that is ready at `createdAt`. */
export function makeMedia(
  w: World,
  rng: Prng,
  accountId: string,
  type: mastodon.v1.MediaAttachmentType,
  createdAt: number,
  description: string | null,
  remoteDomain: string | null,
): MediaRecord {
  const [width, height] = type === 'audio' ? [400, 400] : rng.pick(SHAPES);
  const look = rng.int(1, 999_999);
  const preview = photoPicture(look, 64, Math.max(8, Math.round((64 * height) / width)));
  const m: MediaRecord = {
    id: w.ids.snowflake(createdAt),
    accountId,
    type,
    contentType: type === 'image' ? 'image/png' : type === 'audio' ? 'audio/wav' : 'video/mp4',
    extension: type === 'image' ? 'png' : type === 'audio' ? 'wav' : 'mp4',
    data: null,
    look,
    width,
    height,
    duration: type === 'image' ? null : type === 'audio' ? 2 : rng.int(3, 40),
    description,
    focus: rng.chance(0.3)
      ? { x: Number((rng.next() * 2 - 1).toFixed(2)), y: Number((rng.next() * 2 - 1).toFixed(2)) }
      : null,
    blurhash: preview.blurhash,
    createdAt,
    readyAt: createdAt,
    statusId: null,
    remoteDomain,
  };
  w.store.media.set(m.id, m);
  return m;
}
