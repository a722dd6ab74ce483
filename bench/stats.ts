/**
 * Pure statistics for the benchmarks. The machine is shared and noisy, so figures are medians with their
 * spread (interquartile range and extremes), and timings are compared with a floor measured in the same run.
 */

/** The p-th percentile (0–100) with linear interpolation between closest ranks; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export interface Summary {
  n: number;
  median: number;
  /** 25th and 75th percentiles. */
  p25: number;
  p75: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: median(samples),
    p25: percentile(samples, 25),
    p75: percentile(samples, 75),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/** Ratios of paired samples (a run of the app beside the floor run next to it); pairs with a missing
 * (NaN) sample or a zero floor are skipped. */
export function pairedRatios(values: readonly number[], floors: readonly number[]): number[] {
  const n = Math.min(values.length, floors.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    if (floors[i]! > 0 && Number.isFinite(values[i])) ratios.push(values[i]! / floors[i]!);
  }
  return ratios;
}

/** Slope of the least-squares line through (x, y) points; NaN with fewer than two distinct x. */
export function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

/** Intervals between consecutive timestamps (rAF callbacks → frame intervals). */
export function intervals(timestamps: readonly number[]): number[] {
  const result: number[] = [];
  for (let i = 1; i < timestamps.length; i++) result.push(timestamps[i]! - timestamps[i - 1]!);
  return result;
}

export interface TimedSample {
  atSeconds: number;
  value: number;
}

/**
 * Growth in % from the median of the samples in [from, from + window] to the median of those in the last
 * `window` seconds. One heap sample under a firehose swings by ±15% with whatever is in flight at that
 * instant (batches, sockets' buffers, the mix of posts held), so single samples cannot tell a leak from noise.
 */
export function windowGrowth(samples: readonly TimedSample[], from: number, window: number): number {
  const last = samples.reduce((max, s) => Math.max(max, s.atSeconds), -Infinity);
  const within = (lo: number, hi: number) =>
    samples.filter((s) => s.atSeconds >= lo && s.atSeconds <= hi).map((s) => s.value);
  const start = median(within(from, from + window));
  const end = median(within(last - window, last));
  return ((end - start) / start) * 100;
}
