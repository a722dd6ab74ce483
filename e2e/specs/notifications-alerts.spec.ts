import { expect, test } from '../harness/fixtures';
import {
  alertsSince,
  asUser,
  column,
  deckOf,
  feedReady,
  lastBadge,
  notificationsStreamed,
  rows,
  signInAndOpen,
} from './notifications-steps';

test('desktop alerts while the window is away: none for muted or filtered posts, bursts grouped, a click opens the post', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  test.setTimeout(90_000);
  const one = await startInstance({ title: 'One', empty: true });
  const app = await launch();
  await signInAndOpen(app, chromiumBrowser, [{ instance: one, username: 'alice' }], ([alice]) =>
    deckOf([{ id: 'n', type: 'notifications', accountId: alice! }]),
  );
  const { page } = app;
  const region = column(page, 'Notifications');
  await feedReady(region);
  await notificationsStreamed(one);

  // Set up from another client: a keyword filter for notifications, and a muted conversation.
  await asUser(one, 'alice', 'POST', '/api/v2/filters', {
    title: 'Spoilers',
    context: ['notifications'],
    filter_action: 'warn',
    keywords_attributes: [{ keyword: 'finale' }],
  });
  const thread = await one.admin.injectStatus({ as: 'alice', text: 'Who is in for the picnic?' });
  await asUser(one, 'alice', 'POST', `/api/v1/statuses/${thread.id}/mute`);
  const photo = await one.admin.injectStatus({ as: 'alice', text: 'Sunset over the harbour' });

  await app.setFocused(false);
  const before = app.platform.notifications.length;
  await one.admin.injectStatus({ as: 'bob', text: '@alice no spoilers, but the finale!' });
  await one.admin.injectStatus({ as: 'chloe', text: '@alice count me in', inReplyToId: thread.id });
  // Both are in the column (the filtered one behind its warning), neither alerted.
  await expect(rows(region)).toHaveCount(2);
  await expect(rows(region).filter({ hasText: 'Spoilers' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(alertsSince(app, before)).toEqual([]);

  await one.admin.injectStatus({ as: 'dmitri', text: '@alice are you coming tonight?' });
  await expect.poll(() => alertsSince(app, before)).toHaveLength(1);
  const [mention] = alertsSince(app, before);
  expect(mention).toMatchObject({ title: 'Dmitri Volkov mentioned you' });
  expect(mention!.body).toContain('are you coming tonight?');

  // A burst: held while the last alert is fresh, then one summary instead of five alerts.
  for (const from of ['bob', 'chloe', 'emeka', 'fatima', 'gustavo'])
    await one.admin.injectNotification({ for: 'alice', type: 'favourite', from, statusId: photo.id });
  await page.waitForTimeout(1_000);
  expect(alertsSince(app, before)).toHaveLength(1);
  await expect.poll(() => alertsSince(app, before).length, { timeout: 30_000 }).toBe(2);
  const summary = alertsSince(app, before)[1]!;
  expect(summary.title).toBe('5 new notifications');
  expect(summary.body).toMatch(/^From .+ and 3 others$/);

  // Clicking the mention's alert brings the window back and opens the post's thread.
  await app.clickNotification(mention!.tag);
  const threadPanel = page.getByRole('complementary', { name: 'Thread' });
  await expect(threadPanel.getByText('are you coming tonight?')).toBeVisible();
  expect(app.platform.notifications).toHaveLength(before + 2);
});

test('unread counts on the app icon and each account, cleared once read; switches and do not disturb', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const one = await startInstance({ title: 'One', empty: true });
  const two = await startInstance({ title: 'Two', empty: true });
  const app = await launch();
  await signInAndOpen(
    app,
    chromiumBrowser,
    [
      { instance: one, username: 'alice' },
      { instance: two, username: 'hana' },
    ],
    ([alice, hana]) =>
      deckOf([
        { id: 'n-alice', type: 'notifications', accountId: alice! },
        { id: 'n-hana', type: 'notifications', accountId: hana! },
      ]),
  );
  const { page } = app;
  const aliceColumn = column(page, 'Notifications', `@alice@${one.domain}`);
  await feedReady(aliceColumn);
  await notificationsStreamed(one);
  await notificationsStreamed(two);

  await app.setFocused(false);
  await one.admin.injectNotification({ for: 'alice', type: 'mention', from: 'bob' });
  await one.admin.injectNotification({ for: 'alice', type: 'follow', from: 'chloe' });
  await two.admin.injectNotification({ for: 'hana', type: 'favourite', from: 'dmitri' });
  await expect.poll(() => lastBadge(app)).toBe(3);
  const rail = page.getByRole('list', { name: 'Signed-in accounts' });
  await expect(rail.getByRole('img', { name: '2 unread notifications' })).toBeVisible();
  await expect(rail.getByRole('img', { name: '1 unread notification' })).toBeVisible();
  await expect(aliceColumn.getByLabel('2 unread')).toBeVisible();

  // Back at the window, with the columns in view: read.
  await app.setFocused(true);
  await expect.poll(() => lastBadge(app)).toBe(0);
  await expect(rail.getByRole('img', { name: /unread notification/ })).toHaveCount(0);
  await expect(aliceColumn.getByLabel(/\d+ unread/)).toHaveCount(0);
  // …and the server knows (another client would show them as read too).
  await expect
    .poll(async () => (await one.admin.received({ path: '/api/v1/markers', method: 'POST' })).length)
    .toBe(1);

  // Do not disturb: no alert, the badge still counts.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog').getByRole('switch', { name: 'Do not disturb' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Close settings' }).click();
  await app.setFocused(false);
  const before = app.platform.notifications.length;
  await one.admin.injectNotification({ for: 'alice', type: 'mention', from: 'emeka' });
  await expect.poll(() => lastBadge(app)).toBe(1);
  await page.waitForTimeout(500);
  expect(alertsSince(app, before)).toEqual([]);
  expect(app.host.settings.get().notifications).toMatchObject({ doNotDisturb: true });
});
