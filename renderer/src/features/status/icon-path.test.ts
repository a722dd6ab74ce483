import { describe, expect, it } from 'vitest';
import { pathAtSize, scalePath, strokeAtSize } from './icon-path';

const numbers = (d: string) => d.match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number);

describe('scalePath', () => {
  it('scales every coordinate of lines and curves, keeping the commands', () => {
    const d = scalePath('M4 9V7a2 2 0 0 1 2-2h11l-3-3M20 15v2', 12);
    expect(d.replace(/[^A-Za-z]/g, '')).toBe('MVahlMv');
    expect(numbers(d)).toEqual([2, 4.5, 3.5, 1, 1, 0, 0, 1, 1, -1, 5.5, -1.5, -1.5, 10, 7.5, 1]);
  });

  it('leaves an arc’s rotation and flags alone, also in repeated arcs', () => {
    const d = scalePath('M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0z', 48);
    expect(numbers(d)).toEqual([18, 36, 6, 6, 0, 1, 1, -12, 0, 6, 6, 0, 0, 1, 12, 0]);
  });

  it('reads signs and exponents as part of their number', () => {
    expect(numbers(scalePath('M+4 1e1L.5.5', 12))).toEqual([2, 5, 0.25, 0.25]);
  });

  it('reads numbers written without separators', () => {
    expect(numbers(scalePath('M12 3.5l2.6 5.3 5.9.9-4.3 4.1', 24))).toEqual([
      12, 3.5, 2.6, 5.3, 5.9, 0.9, -4.3, 4.1,
    ]);
  });
});

describe('pathAtSize and strokeAtSize', () => {
  it('keeps the grid size as drawn and scales the stroke with the icon', () => {
    const star = 'M12 3.5l2.6 5.3z';
    expect(pathAtSize(star, 24)).toBe(star);
    expect(numbers(pathAtSize(star, 17))).toEqual([8.5, 2.479, 1.842, 3.754]);
    expect(strokeAtSize(24)).toBe(2);
    expect(strokeAtSize(12)).toBe(1);
  });
});
