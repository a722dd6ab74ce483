/**
 * SVG path data drawn on a 24px grid, rescaled to the pixel size it is shown at. An `<svg>` whose viewBox
 * differs from its size gets its own transform in Chromium's paint property tree, so every icon became a
 * paint chunk of its own: with eight icons a card, merging those chunks into layers ("layerize") was the
 * largest part of each frame under a busy stream (bench/, "Live"). Icons drawn at their own size need none.
 */

const grid = 24;
/** A command letter (SVG has no `e`), or a number, signed or with an exponent. Arc flags must be written
 * apart ("0 1", not "01"), as every path here is. */
const token = /[A-DF-Za-df-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
const isCommand = (part: string) => part.length === 1 && /[A-Za-z]/.test(part);
/** An arc's seven numbers: rx ry rotation large-arc sweep x y. The rotation and flags are not lengths. */
const arcUnscaled = new Set([2, 3, 4]);

export function scalePath(d: string, size: number): string {
  const k = size / grid;
  let command = '';
  let index = 0;
  return d.replace(token, (part) => {
    if (isCommand(part)) {
      command = part;
      index = 0;
      return part;
    }
    const arc = command === 'a' || command === 'A';
    const keep = arc && arcUnscaled.has(index % 7);
    index++;
    return ` ${keep ? part : round(Number(part) * k)}`;
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const cache = new Map<string, string>();

/** `scalePath`, remembered: a handful of icons at a handful of sizes. */
export function pathAtSize(d: string, size: number): string {
  const key = `${size} ${d}`;
  let scaled = cache.get(key);
  if (scaled === undefined) {
    scaled = size === grid ? d : scalePath(d, size);
    cache.set(key, scaled);
  }
  return scaled;
}

/** The 2px stroke of the 24px grid, at `size`. */
export const strokeAtSize = (size: number) => round((2 * size) / grid);
