/**
 * Failure injection for tests: the next K matching requests fail (500/429/503…) or answer slowly, and the
 * streaming endpoint can refuse upgrades for a while. Admin requests are never affected.
 */
export interface FailRule {
  count: number;
  status: number;
  /** Only requests whose path starts with this prefix. */
  path?: string;
  method?: string;
  /** Body flavour: Mastodon's JSON error (default) or an HTML page, as a proxy in front would send. */
  body?: 'json' | 'html';
}

export interface SlowRule {
  count: number;
  delayMs: number;
  path?: string;
  method?: string;
}

export class Faults {
  private failRules: FailRule[] = [];
  private slowRules: SlowRule[] = [];
  private refuseUntil = 0;

  failNext(rule: FailRule): void {
    if (rule.count > 0) this.failRules.push({ ...rule });
  }

  slowNext(rule: SlowRule): void {
    if (rule.count > 0) this.slowRules.push({ ...rule });
  }

  refuseStreams(ms: number, now: number): void {
    this.refuseUntil = now + ms;
  }

  streamsRefused(now: number): boolean {
    return now < this.refuseUntil;
  }

  clear(): void {
    this.failRules = [];
    this.slowRules = [];
    this.refuseUntil = 0;
  }

  pending(): { fail: FailRule[]; slow: SlowRule[]; refuseUntil: number } {
    return {
      fail: this.failRules.map((r) => ({ ...r })),
      slow: this.slowRules.map((r) => ({ ...r })),
      refuseUntil: this.refuseUntil,
    };
  }

  /** Consumes one matching slow rule and returns its delay. */
  takeDelay(method: string, path: string): number {
    const rule = this.slowRules.find((r) => matches(r, method, path));
    if (!rule) return 0;
    rule.count -= 1;
    if (rule.count <= 0) this.slowRules.splice(this.slowRules.indexOf(rule), 1);
    return rule.delayMs;
  }

  /** Consumes one matching failure rule. */
  takeFailure(method: string, path: string): FailRule | undefined {
    const rule = this.failRules.find((r) => matches(r, method, path));
    if (!rule) return undefined;
    rule.count -= 1;
    if (rule.count <= 0) this.failRules.splice(this.failRules.indexOf(rule), 1);
    return rule;
  }
}

function matches(rule: { path?: string; method?: string }, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  return rule.path ? path.startsWith(rule.path) : true;
}

const MESSAGES: Record<number, string> = {
  400: 'Bad request',
  401: 'The access token is invalid',
  403: 'This action is not allowed',
  404: 'Record not found',
  409: 'Conflict during update, please try again',
  422: 'Validation failed',
  429: 'Too many requests',
  500: "We're sorry, but something went wrong on our end.",
  502: 'Bad gateway',
  503: 'Service Unavailable',
  504: 'Gateway timeout',
};

export function faultMessage(status: number): string {
  return MESSAGES[status] ?? 'Unexpected error';
}
