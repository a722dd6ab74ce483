/**
 * Reconnect delays: exponential, capped, with "equal jitter" so many clients (or many accounts in one
 * client) that lost the same server do not come back in lockstep. masto's own backoff is 1000·2^n with no
 * cap and no jitter (FACTS.md §1), so the stream hub owns retries itself.
 * @see https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const streamBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };
/** Once a server is known to lack streaming we still retry now and then, but rarely. */
export const pollingBackoff: BackoffPolicy = { baseMs: 60_000, capMs: 5 * 60_000 };

/** Delay before attempt `attempt` (1 = first retry): half fixed, half random, never above the cap. */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
