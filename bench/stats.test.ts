import { describe, expect, it } from 'vitest';
import { budgets } from './budgets';
import { formatNumber, formatTable, judge, type Figure } from './report';
import { intervals, median, pairedRatios, percentile, slope, summarize, windowGrowth } from './stats';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1);
    expect(percentile([5, 1, 4, 2, 3], 100)).toBe(5);
  });

  it('is NaN without samples and the sample itself with one', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(median([7])).toBe(7);
  });

  it('does not reorder its input', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('gives the median, quartiles and extremes', () => {
    expect(summarize([4, 1, 3, 2, 5])).toEqual({ n: 5, median: 3, p25: 2, p75: 4, min: 1, max: 5 });
  });
});

describe('pairedRatios', () => {
  it('divides each run by the floor run beside it and skips zero floors and missing samples', () => {
    expect(pairedRatios([200, 300, 400], [100, 0, 200])).toEqual([2, 2]);
    expect(pairedRatios([200, Number.NaN, 300], [100, 100, Number.NaN])).toEqual([2]);
    expect(pairedRatios([1, 2, 3], [1])).toEqual([1]);
  });
});

describe('slope', () => {
  it('fits a least-squares line', () => {
    expect(
      slope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(
      slope([
        [1, 2],
        [2, 2.5],
        [3, 4.5],
        [4, 5],
      ]),
    ).toBeCloseTo(1.1);
  });

  it('is NaN without two distinct x', () => {
    expect(slope([[1, 2]])).toBeNaN();
    expect(
      slope([
        [1, 2],
        [1, 3],
      ]),
    ).toBeNaN();
  });
});

describe('intervals', () => {
  it('turns rAF timestamps into frame intervals', () => {
    expect(intervals([0, 16, 33, 50])).toEqual([16, 17, 17]);
    expect(intervals([5])).toEqual([]);
  });
});

describe('judge', () => {
  const figure = (value: number, budget?: Figure['budget']): Figure => ({
    scenario: 'S',
    label: 'x',
    value,
    unit: 'ms',
    ...(budget && { budget }),
  });

  it('passes at the limit of an inclusive budget and fails past it', () => {
    expect(judge(figure(budgets['live.frameP95'].limit, 'live.frameP95')).verdict).toBe('PASS');
    expect(judge(figure(20.1, 'live.frameP95')).verdict).toBe('FAIL');
  });

  it('fails at the limit of a strict budget', () => {
    expect(judge(figure(1499, 'depth.domNodes')).verdict).toBe('PASS');
    expect(judge(figure(1500, 'depth.domNodes')).verdict).toBe('FAIL');
  });

  it('fails a figure that could not be measured', () => {
    expect(judge(figure(Number.NaN, 'startup.ratio')).verdict).toBe('FAIL');
  });

  it('leaves figures without a budget unjudged', () => {
    expect(judge(figure(3))).toMatchObject({ verdict: '' });
  });
});

describe('formatTable', () => {
  it('prints one aligned row per figure with its budget and verdict', () => {
    const table = formatTable([
      judge({
        scenario: 'Startup',
        label: 'ratio',
        value: 1.5,
        unit: '×',
        spread: summarize([1, 1.5, 2]),
        budget: 'startup.ratio',
      }),
      judge({ scenario: 'Depth', label: 'heap', value: 12.345, unit: 'MB' }),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[2]).toContain('1.50 ×');
    expect(lines[2]).toContain('IQR 1.25–1.75, range 1–2, n=3');
    expect(lines[2]).toContain('<= 2 ×');
    expect(lines[2]).toContain('PASS');
    expect(lines[3]).toMatch(/12\.3 MB .*\| — +\| — +\|$/);
  });

  it('formats numbers with fewer decimals as they grow', () => {
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatNumber(3.14159)).toBe('3.14');
    expect(formatNumber(31.4159)).toBe('31.4');
    expect(formatNumber(314.159)).toBe('314');
    expect(formatNumber(Number.NaN)).toBe('n/a');
  });
});

describe('windowGrowth', () => {
  const at = (atSeconds: number, value: number) => ({ atSeconds, value });

  it('compares the median of the first window with the median of the last', () => {
    const samples = [at(60, 20), at(75, 30), at(90, 22), at(540, 25), at(570, 24), at(600, 40)];
    // start median 22, end median (last 60 s: 25, 24, 40) 25
    expect(windowGrowth(samples, 60, 60)).toBeCloseTo(((25 - 22) / 22) * 100);
  });

  it('is not moved by one outlying sample at either end', () => {
    const flat = [60, 75, 90, 105, 120, 540, 555, 570, 585, 600].map((t) => at(t, 25));
    flat[0] = at(60, 20);
    flat[flat.length - 1] = at(600, 31);
    expect(windowGrowth(flat, 60, 60)).toBe(0);
  });

  it('reports a steady climb', () => {
    const climbing = Array.from({ length: 37 }, (_, i) => at(60 + i * 15, 20 + i * 0.5));
    // medians: 21 MB over 60–120 s, 37 MB over 540–600 s
    expect(windowGrowth(climbing, 60, 60)).toBeCloseTo(((37 - 21) / 21) * 100);
  });
});
