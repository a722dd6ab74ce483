import type { FakeInstance } from '../fake-instance/index';
import type { PouetApp } from '../harness/app-harness';
import { expect, test } from '../harness/fixtures';
import { postKeys, postText, publishedCount, signInAndOpenComposer } from './compose-steps';

const statusPost = { path: '/api/v1/statuses', method: 'POST' } as const;

const faults: { name: string; status: number; says: RegExp }[] = [
  { name: 'a server error (500)', status: 500, says: /The server had a problem\. Your post is kept here/ },
  { name: 'a refusal (422)', status: 422, says: /The server refused this post: “Validation failed”/ },
  {
    name: 'a rate limit (429)',
    status: 429,
    says: /The server asked to slow down\. You can post again at \d/,
  },
];

/** The draft as the host keeps it on disk, by its text. */
async function keptDraft(app: PouetApp, text: string) {
  return (await app.host.handlers['drafts.list'](undefined)).find((d) => d.text === text);
}

async function expectPublishedOnce(instance: FakeInstance, text: string, attempts: number) {
  await expect.poll(() => publishedCount(instance, text)).toBe(1);
  const keys = await postKeys(instance);
  expect(keys).toHaveLength(attempts);
  expect(new Set(keys).size).toBe(1);
}

for (const fault of faults) {
  test(`after ${fault.name} the draft stays, says why, and the retry publishes exactly once`, async ({
    launch,
    startInstance,
    chromiumBrowser,
  }) => {
    const instance = await startInstance();
    const app = await launch();
    const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);
    const text = `Try ${fault.status}: this must arrive exactly once`;

    await instance.admin.failNext({ count: 1, status: fault.status, ...statusPost });
    await postText(dock).fill(text);
    await postText(dock).press('Control+Enter');

    const alert = dock.getByRole('alert').filter({ hasText: 'Not published' });
    await expect(alert).toContainText(fault.says);
    await expect(postText(dock)).toHaveValue(text);
    await expect.poll(async () => (await keptDraft(app, text))?.failure?.kind).toBeTruthy();

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(app.page.getByRole('status').filter({ hasText: 'Posted' })).toBeVisible();
    await expect(alert).toHaveCount(0);
    await expectPublishedOnce(instance, text, 2);
    await expect.poll(() => keptDraft(app, text)).toBeUndefined();
  });
}

test('offline, the draft stays and posts once back online', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);
  const text = 'Written on a train without signal';

  await app.page.context().setOffline(true);
  await postText(dock).fill(text);
  await dock.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(dock.getByRole('alert')).toContainText('You are offline. Your post is kept here');

  await app.page.context().setOffline(false);
  await dock.getByRole('button', { name: 'Try again' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: 'Posted' })).toBeVisible();
  await expectPublishedOnce(instance, text, 1);
});

test('when the answer is lost after the server published, the retry does not post twice', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);
  const text = 'The connection dropped right after sending';

  // The request reaches the server, which publishes; the connection then breaks before the answer arrives.
  await page.route(`${instance.url}/api/v1/statuses`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await route.fetch();
    await route.abort('connectionreset');
  });
  await postText(dock).fill(text);
  await postText(dock).press('Control+Enter');
  await expect(dock.getByRole('alert')).toContainText('The server could not be reached');
  expect(await publishedCount(instance, text)).toBe(1);

  await page.unroute(`${instance.url}/api/v1/statuses`);
  await dock.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Posted' })).toBeVisible();
  await expectPublishedOnce(instance, text, 2);
});
