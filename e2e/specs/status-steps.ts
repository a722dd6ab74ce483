import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import type { Column, DeckLayout } from '../../electron/ipc/types/deck';
import type { FakeInstance } from '../fake-instance/index';
import type { PouetApp } from '../harness/app-harness';
import { openDeck, signInWithHost } from '../harness/sign-in';

/** Steps the status, thread and profile specs share, written as a user acts. */

type ColumnSpec = Pick<Column, 'type'> & Partial<Pick<Column, 'params' | 'id'>> & { account: string };

/** A deck of the given columns (each bound to a signed-in account id), opened as after a relaunch. */
export async function openColumns(app: PouetApp, columns: ColumnSpec[]): Promise<void> {
  const layout: DeckLayout = {
    version: 1,
    activeWorkspaceId: 'main',
    workspaces: [
      {
        id: 'main',
        name: 'Main',
        columns: columns.map((column, index) => ({
          id: column.id ?? `col-${index}`,
          accountId: column.account,
          type: column.type,
          params: column.params ?? {},
          width: 'normal',
          options: {},
        })),
      },
    ],
  };
  await openDeck(app, layout);
}

/** Signs alice in on `instance` (the real OAuth flow, without the dialog) and returns her account id. */
export const signInAlice = (app: PouetApp, browser: Browser, instance: FakeInstance): Promise<string> =>
  signInWithHost(app, browser, instance.url, 'alice');

export const column = (page: Page, title: string | RegExp): Locator =>
  page.getByRole('region', { name: typeof title === 'string' ? new RegExp(`^${title} — `) : title });

/** The first post in `scope` whose text contains `text`. */
export const post = (scope: Locator | Page, text: string): Locator =>
  scope.getByRole('article').filter({ hasText: text }).first();

export const actionButton = (card: Locator, name: string): Locator =>
  card.getByRole('group', { name: 'Actions' }).getByRole('button', { name, exact: true });

/** A REST call to the fake instance with a user's own token, as that user would see the answer. */
export async function asUser<T>(
  instance: FakeInstance,
  username: string,
  path: string,
  init: RequestInit = {},
): Promise<T> {
  const token = await instance.admin.tokenFor(username);
  const res = await fetch(`${instance.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
  return (await res.json()) as T;
}

export interface WireStatus {
  id: string;
  url: string;
  uri: string;
  favourited?: boolean;
  reblogged?: boolean;
  bookmarked?: boolean;
  pinned?: boolean;
  muted?: boolean;
  poll?: { voted?: boolean; own_votes?: number[]; votes_count: number } | null;
  error?: string;
}

/** A status as `username` sees it on the server. */
export const statusAs = (instance: FakeInstance, username: string, id: string) =>
  asUser<WireStatus>(instance, username, `/api/v1/statuses/${id}`);

export interface WireRelationship {
  following: boolean;
  muting: boolean;
  blocking: boolean;
  requested: boolean;
  notifying: boolean;
}

export async function relationshipOf(instance: FakeInstance, username: string, other: string) {
  const id = await instance.admin.accountId(other);
  const [relationship] = await asUser<WireRelationship[]>(
    instance,
    username,
    `/api/v1/accounts/relationships?id[]=${encodeURIComponent(id)}`,
  );
  return relationship!;
}

/** Opens a post's "…" menu and picks an item. */
export async function fromMenu(page: Page, card: Locator, item: string | RegExp): Promise<void> {
  await actionButton(card, 'More').click();
  await page
    .getByRole('menu')
    .getByRole('menuitem', { name: item, exact: typeof item === 'string' })
    .click();
}

/** Closes the pop-out composer a reply, quote or edit opened, throwing the draft away. */
export async function closeComposer(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  const keep = page.getByRole('dialog', { name: 'Keep this post?' });
  if (await keep.isVisible().catch(() => false)) await keep.getByRole('button', { name: 'Discard' }).click();
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}
