import { HttpError } from '../http/reply';
import type { AccountRecord } from '../store';
import type { World } from '../world';

/** Admin payloads name accounts by username (`alice`) or acct (`lena@remote.example`). */
export function accountByName(w: World, name: string | undefined): AccountRecord {
  const a = name ? w.store.accountByAcct(name, w.domain) : undefined;
  if (!a) throw new HttpError(404, `No account ${name ?? '(missing)'}`);
  return a;
}
