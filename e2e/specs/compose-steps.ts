import type { Browser, Locator, Page } from '@playwright/test';
import type { Draft } from '../../electron/ipc/types/drafts';
import { expect } from '@playwright/test';
import type { FakeInstance } from '../fake-instance/index';
import type { PouetApp } from '../harness/app-harness';
import { signInThroughUi } from '../harness/sign-in';

/** Steps the compose specs share, written as a user acts. */

export const composer = (page: Page): Locator => page.getByRole('complementary', { name: 'Composer' });
export const postText = (scope: Locator): Locator => scope.getByRole('combobox', { name: 'Post text' });
export const homeColumn = (page: Page): Locator => page.getByRole('region', { name: /^Home — / });

/** Signs alice in and opens the docked composer with the caret in its text. */
export async function signInAndOpenComposer(
  app: PouetApp,
  browser: Browser,
  instance: FakeInstance,
): Promise<Locator> {
  await signInThroughUi(app, browser, { instance: instance.domain, username: 'alice' });
  await app.page.getByRole('button', { name: 'New post' }).click();
  const dock = composer(app.page);
  await expect(postText(dock)).toBeFocused();
  return dock;
}

/** Alice's statuses as the server holds them (newest first), read with her own token. */
export async function statusesOf(
  instance: FakeInstance,
  username: string,
): Promise<{ id: string; content: string; spoiler_text: string }[]> {
  const token = await instance.admin.tokenFor(username);
  const id = await instance.admin.accountId(username);
  const res = await fetch(`${instance.url}/api/v1/accounts/${id}/statuses?limit=40`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await res.json()) as { id: string; content: string; spoiler_text: string }[];
}

/** How many of alice's posts contain `text` on the server. */
export async function publishedCount(instance: FakeInstance, text: string): Promise<number> {
  return (await statusesOf(instance, 'alice')).filter((s) => s.content.includes(text)).length;
}

/** The Idempotency-Key of every POST /api/v1/statuses the server received. */
export async function postKeys(instance: FakeInstance): Promise<(string | undefined)[]> {
  const received = await instance.admin.received({ path: '/api/v1/statuses', method: 'POST' });
  return received.filter((r) => r.path === '/api/v1/statuses').map((r) => r.headers.idempotencyKey);
}

/** The signed-in account's local id (the first one). */
export async function firstAccountId(app: PouetApp): Promise<string> {
  const [account] = await app.host.handlers['accounts.list'](undefined);
  if (!account) throw new Error('No account is signed in');
  return account.id;
}

/** A post as a draft refers to it, seen by the first signed-in account. */
export async function referenceTo(
  app: PouetApp,
  status: {
    id: string;
    uri: string;
    content: string;
    account: {
      acct: string;
      displayName: string;
      avatarStatic: string;
      emojis: { shortcode: string; url: string; staticUrl: string }[];
    };
  },
): Promise<Draft['replyTo']> {
  return {
    id: status.id,
    accountId: await firstAccountId(app),
    uri: status.uri,
    authorAcct: status.account.acct,
    authorName: status.account.displayName,
    authorEmojis: status.account.emojis.map(({ shortcode, url, staticUrl }) => ({
      shortcode,
      url,
      staticUrl,
    })),
    authorAvatar: status.account.avatarStatic,
    excerpt: status.content.replace(/<[^>]+>/g, ''),
  };
}

let seeded = 0;
/** A draft kept through the host, as one closed with "Keep as draft" would be. */
export async function seedDraft(app: PouetApp, patch: Partial<Draft>): Promise<Draft> {
  seeded += 1;
  const now = Date.now();
  const draft: Draft = {
    id: `seeded-${seeded}-${now}`,
    accountId: await firstAccountId(app),
    text: '',
    spoilerText: '',
    cw: false,
    sensitive: false,
    visibility: 'public',
    language: 'en',
    languageChosen: true,
    media: [],
    poll: null,
    replyTo: null,
    quote: null,
    quotePolicy: null,
    editOf: null,
    scheduledAt: null,
    idempotencyKey: `seeded-key-${seeded}-${now}`,
    placement: 'saved',
    failure: null,
    createdAt: now,
    updatedAt: now,
    ...patch,
  };
  return app.host.handlers['drafts.save'](draft);
}
