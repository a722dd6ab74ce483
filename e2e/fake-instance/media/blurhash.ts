import type { Canvas } from './png';

/**
 * BlurHash encoder (4×3 components), so generated media carry real hashes that clients can decode.
 * @see https://github.com/woltapp/blurhash/blob/master/Algorithm.md
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~';

function encode83(value: number, length: number): string {
  let out = '';
  for (let i = 1; i <= length; i++) out += DIGITS[Math.floor(value / 83 ** (length - i)) % 83];
  return out;
}

const toLinear = (v: number): number => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

const toSrgb = (v: number): number => {
  const c = Math.max(0, Math.min(1, v));
  return c <= 0.0031308
    ? Math.round(c * 12.92 * 255 + 0.5)
    : Math.round((1.055 * c ** (1 / 2.4) - 0.055) * 255 + 0.5);
};

const signPow = (v: number, exp: number): number => Math.sign(v) * Math.abs(v) ** exp;

export function blurhash(canvas: Canvas, cx = 4, cy = 3): string {
  // Sample a coarse grid: the hash only keeps low frequencies anyway.
  const step = Math.max(1, Math.floor(Math.min(canvas.width, canvas.height) / 32));
  const factors: [number, number, number][] = [];
  for (let j = 0; j < cy; j++) {
    for (let i = 0; i < cx; i++) {
      const norm = i === 0 && j === 0 ? 1 : 2;
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let y = 0; y < canvas.height; y += step) {
        for (let x = 0; x < canvas.width; x += step) {
          const basis =
            norm * Math.cos((Math.PI * i * x) / canvas.width) * Math.cos((Math.PI * j * y) / canvas.height);
          const [pr, pg, pb] = canvas.get(x, y);
          r += basis * toLinear(pr);
          g += basis * toLinear(pg);
          b += basis * toLinear(pb);
          n++;
        }
      }
      factors.push([r / n, g / n, b / n]);
    }
  }
  const [dc, ...ac] = factors as [[number, number, number], ...[number, number, number][]];
  let hash = encode83(cx - 1 + (cy - 1) * 9, 1);
  let maxValue = 1;
  if (ac.length > 0) {
    const actualMax = Math.max(...ac.flatMap((f) => f.map(Math.abs)));
    const quantised = Math.floor(Math.max(0, Math.min(82, Math.floor(actualMax * 166 - 0.5))));
    maxValue = (quantised + 1) / 166;
    hash += encode83(quantised, 1);
  } else hash += encode83(0, 1);
  hash += encode83((toSrgb(dc[0]) << 16) + (toSrgb(dc[1]) << 8) + toSrgb(dc[2]), 4);
  for (const [r, g, b] of ac) {
    const q = (v: number): number =>
      Math.floor(Math.max(0, Math.min(18, Math.floor(signPow(v / maxValue, 0.5) * 9 + 9.5))));
    hash += encode83(q(r) * 19 * 19 + q(g) * 19 + q(b), 2);
  }
  return hash;
}
