import { Prng } from '../generator/prng';
import { blurhash } from './blurhash';
import { Canvas, encodePng, type Rgb } from './png';

/** Generated artwork: deterministic for a given `look` number, small, and pleasant enough for demos. */

function hsl(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

function fill(c: Canvas, color: (x: number, y: number) => Rgb): void {
  for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) c.set(x, y, color(x, y));
}

function disc(c: Canvas, cx: number, cy: number, r: number, color: Rgb, alpha = 1): void {
  for (let y = Math.floor(cy - r); y <= cy + r; y++) {
    for (let x = Math.floor(cx - r); x <= cx + r; x++) {
      const d = Math.hypot(x - cx, y - cy);
      if (d <= r) c.set(x, y, color, alpha * Math.min(1, r - d + 0.5));
    }
  }
}

/** Symmetric 5×5 identicon on a tinted background. */
export function drawAvatar(look: number, size = 120): Canvas {
  const rng = new Prng(look);
  const hue = rng.int(0, 359);
  const c = new Canvas(size, size);
  const bg = hsl(hue, 0.35, 0.92);
  const fg = hsl((hue + rng.int(0, 60)) % 360, 0.55, 0.45);
  fill(c, () => bg);
  const cell = Math.floor(size / 6);
  const pad = Math.floor((size - cell * 5) / 2);
  for (let gy = 0; gy < 5; gy++) {
    for (let gx = 0; gx < 3; gx++) {
      if (!rng.chance(0.55)) continue;
      for (const mx of gx === 2 ? [2] : [gx, 4 - gx]) {
        for (let y = 0; y < cell; y++)
          for (let x = 0; x < cell; x++) c.set(pad + mx * cell + x, pad + gy * cell + y, fg);
      }
    }
  }
  return c;
}

/** 3:1 banner: two-hue gradient with soft waves. */
export function drawHeader(look: number, width = 750, height = 250): Canvas {
  const rng = new Prng(look ^ 0x5bd1e995);
  const a = hsl(rng.int(0, 359), 0.5, 0.55);
  const b = hsl(rng.int(0, 359), 0.55, 0.35);
  const c = new Canvas(width, height);
  const freq = rng.int(2, 5);
  fill(c, (x, y) => {
    const wave = Math.sin((x / width) * Math.PI * freq + (y / height) * 3) * 0.08;
    return mix(a, b, Math.max(0, Math.min(1, x / width / 2 + y / height / 2 + wave)));
  });
  return c;
}

/** A small landscape: sky, sun, layered ridges. Used for every seeded photo. */
export function drawPhoto(look: number, width: number, height: number): Canvas {
  const rng = new Prng(look ^ 0x27d4eb2f);
  const hue = rng.int(0, 359);
  const sky1 = hsl(hue, 0.6, 0.78);
  const sky2 = hsl((hue + 40) % 360, 0.55, 0.55);
  const c = new Canvas(width, height);
  fill(c, (_x, y) => mix(sky1, sky2, y / height));
  disc(
    c,
    width * (0.2 + rng.next() * 0.6),
    height * (0.2 + rng.next() * 0.2),
    Math.min(width, height) * 0.09,
    hsl(45, 0.9, 0.7),
  );
  const layers = rng.int(2, 4);
  for (let l = 0; l < layers; l++) {
    const base = height * (0.45 + (l / layers) * 0.4);
    const amp = height * (0.05 + rng.next() * 0.1);
    const f1 = 1 + rng.next() * 3;
    const f2 = 4 + rng.next() * 6;
    const phase = rng.next() * 10;
    const color = hsl((hue + 180 + l * 15) % 360, 0.35, 0.45 - l * 0.09);
    for (let x = 0; x < width; x++) {
      const t = x / width;
      const top =
        base - amp * Math.sin(t * Math.PI * f1 + phase) - (amp / 3) * Math.sin(t * Math.PI * f2 + phase);
      for (let y = Math.max(0, Math.floor(top)); y < height; y++) c.set(x, y, color);
    }
  }
  return c;
}

/** Custom emoji: a round face in the emoji's own colour. */
export function drawEmoji(look: number, size = 64): Canvas {
  const rng = new Prng(look ^ 0x1b873593);
  const c = new Canvas(size, size);
  const body = hsl(rng.int(0, 359), 0.7, 0.55);
  disc(c, size / 2, size / 2, size * 0.45, body);
  disc(c, size * 0.35, size * 0.42, size * 0.07, [30, 30, 30]);
  disc(c, size * 0.65, size * 0.42, size * 0.07, [30, 30, 30]);
  for (let x = Math.floor(size * 0.32); x < size * 0.68; x++) {
    const y = size * 0.62 + Math.sin(((x - size * 0.32) / (size * 0.36)) * Math.PI) * size * 0.08;
    disc(c, x, y, size * 0.025, [30, 30, 30]);
  }
  return c;
}

export interface Picture {
  png: Buffer;
  blurhash: string;
  width: number;
  height: number;
}

const cache = new Map<string, Picture>();

/** Encodes once per (kind, look, size); generated images never change. */
export function picture(key: string, draw: () => Canvas): Picture {
  let hit = cache.get(key);
  if (!hit) {
    const canvas = draw();
    hit = { png: encodePng(canvas), blurhash: blurhash(canvas), width: canvas.width, height: canvas.height };
    if (cache.size > 500) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

export const avatarPicture = (look: number): Picture => picture(`avatar:${look}`, () => drawAvatar(look));
export const headerPicture = (look: number): Picture => picture(`header:${look}`, () => drawHeader(look));
export const emojiPicture = (look: number): Picture => picture(`emoji:${look}`, () => drawEmoji(look));
export const photoPicture = (look: number, width: number, height: number): Picture =>
  picture(`photo:${look}:${width}x${height}`, () => drawPhoto(look, width, height));
