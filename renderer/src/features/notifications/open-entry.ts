import type { StatusNavigation } from '../status';
import type { NotificationEntry } from './notification-entry';

/** What a row opens (Enter): the post's thread, else the person's profile. */
export function openEntry(navigation: StatusNavigation, accountId: string, entry: NotificationEntry): void {
  if (entry.status) {
    navigation.openThread(accountId, entry.status.reblog ?? entry.status);
    return;
  }
  const person = entry.accounts[0];
  if (person) navigation.openProfile(accountId, { id: person.id, acct: person.acct, url: person.url });
}
