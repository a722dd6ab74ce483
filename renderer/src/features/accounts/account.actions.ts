import { host, unwrap } from '../../lib/host';

export const signOut = (accountId: string) => unwrap(host().accounts.signOut({ accountId }));
export const setDefaultAccount = (accountId: string) => unwrap(host().accounts.setDefault({ accountId }));
export const reorderAccounts = (accountIds: string[]) => unwrap(host().accounts.reorder({ accountIds }));

/** The order after moving one account by `delta` places (clamped to the ends). */
export function movedOrder(ids: readonly string[], id: string, delta: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const to = Math.max(0, Math.min(ids.length - 1, from + delta));
  const next = ids.filter((x) => x !== id);
  next.splice(to, 0, id);
  return next;
}
