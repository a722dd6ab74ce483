import type { Browser, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Column, DeckLayout } from '../../electron/ipc/types/deck';
import type { DesktopNotification } from '../../electron/host/ports';
import type { FakeInstance } from '../fake-instance/index';
import type { PouetApp } from '../harness/app-harness';
import { openDeck, signInWithHost } from '../harness/sign-in';

type NewColumn = Omit<Column, 'width' | 'options' | 'params'> & Partial<Pick<Column, 'params' | 'width'>>;

/** A one-workspace deck with these columns. */
export function deckOf(columns: NewColumn[]): DeckLayout {
  return {
    version: 1,
    activeWorkspaceId: 'ws',
    workspaces: [
      {
        id: 'ws',
        name: 'Notifications',
        columns: columns.map((column) => ({ width: 'normal', options: {}, params: {}, ...column })),
      },
    ],
  };
}

/** Signs accounts in through the real OAuth flow and opens the deck `layout(ids)`; returns the ids. */
export async function signInAndOpen(
  app: PouetApp,
  browser: Browser,
  accounts: { instance: FakeInstance; username: string }[],
  layout: (ids: string[]) => DeckLayout,
): Promise<string[]> {
  const ids: string[] = [];
  for (const { instance, username } of accounts)
    ids.push(await signInWithHost(app, browser, instance.url, username));
  await openDeck(app, layout(ids));
  return ids;
}

/** A deck column by its heading and owner ("Notifications — @alice@127.0.0.1:1234"). */
export const column = (page: Page, title: string, owner?: string): Locator =>
  page.getByRole('region', { name: owner ? `${title} — ${owner}` : new RegExp(`^${title} — `) });

/** The rows of a column's feed. */
export const rows = (region: Locator): Locator => region.getByRole('feed').getByRole('article');

/** Waits until the column's feed is there (first page loaded and the stream subscribed). */
export async function feedReady(region: Locator): Promise<void> {
  await expect(region.getByRole('feed').or(region.getByText('Nothing here yet'))).toBeVisible();
}

/** The alerts the app handed to the OS notifier, after `since`. */
export const alertsSince = (app: PouetApp, since: number): DesktopNotification[] =>
  app.platform.notifications.slice(since);

/** The last count the app put on its icon badge (undefined before the first). */
export const lastBadge = (app: PouetApp): number | undefined => app.platform.badges.at(-1);

/** REST as a user of a fake instance (to mute a conversation, add a filter…), as another client would. */
export async function asUser<T>(
  instance: FakeInstance,
  username: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const token = await instance.admin.tokenFor(username);
  const response = await fetch(new URL(path, instance.url), {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Waits until the instance streams `user:notification` to someone (the app's watcher has subscribed). */
export async function notificationsStreamed(instance: FakeInstance): Promise<void> {
  await expect
    .poll(async () =>
      (await instance.admin.streams()).subscriptions.some((s) => s.stream === 'user:notification'),
    )
    .toBe(true);
}
