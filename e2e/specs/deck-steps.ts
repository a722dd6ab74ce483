import type { Browser, Locator, Page } from '@playwright/test';
import type { Column, DeckLayout } from '../../electron/ipc/types/deck';
import type { FakeInstance } from '../fake-instance';
import type { PouetApp } from '../harness/app-harness';
import { openDeck, signInWithHost } from '../harness/sign-in';

/** A column of the deck, found the way a screen reader user finds it: "Home — @alice@host". */
export function column(page: Page, title: string, acct: string): Locator {
  return page.getByRole('region', { name: `${title} — @${acct}` });
}

export function post(col: Locator, text: string | RegExp): Locator {
  return col.getByRole('article').filter({ hasText: text });
}

/** A deck of these columns in one workspace; ids are derived from the type so specs can refer to them. */
export function deckOf(
  columns: (Omit<Column, 'id' | 'width' | 'options' | 'params'> & Partial<Column>)[],
): DeckLayout {
  return {
    version: 1,
    activeWorkspaceId: 'main',
    workspaces: [
      {
        id: 'main',
        name: 'Main',
        columns: columns.map((c, index) => ({
          width: 'normal',
          options: {},
          params: {},
          id: `col-${index}`,
          ...c,
        })),
      },
    ],
  };
}

/** Makes up a word nobody else posts, so a spec can find exactly its own posts. */
export const marker = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}`;

/** Alice signed in on a fresh instance, her deck a single Local column. */
export async function aliceWithLocalColumn(fixtures: {
  launch: () => Promise<PouetApp>;
  startInstance: () => Promise<FakeInstance>;
  chromiumBrowser: Browser;
}) {
  const instance = await fixtures.startInstance();
  const app = await fixtures.launch();
  const alice = await signInWithHost(app, fixtures.chromiumBrowser, instance.url, 'alice');
  await openDeck(app, deckOf([{ accountId: alice, type: 'local' }]));
  const acct = `alice@${instance.domain}`;
  return { app, instance, acct, local: column(app.page, 'Local', acct) };
}
