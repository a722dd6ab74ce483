import { expect, test } from '../harness/fixtures';
import { column, openColumns, post, relationshipOf, signInAlice } from './status-steps';

test('an author’s profile opens beside the deck, is followed, and becomes a column', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  await instance.admin.setProfile('bob', {
    fields: [
      {
        name: 'Website',
        value: '<a href="https://bob.example/" rel="me nofollow noopener" target="_blank">bob.example</a>',
        verifiedAt: '2025-01-02T10:00:00.000Z',
      },
      { name: 'Bakes', value: 'Sourdough' },
    ],
  });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  await instance.admin.injectStatus({ as: 'bob', text: 'Bread update from Bob' });
  await instance.admin.injectStatus({ as: 'bob', text: 'Photos from the ride', mediaCount: 1 });
  const { page } = app;
  const card = post(column(page, 'Local'), 'Bread update from Bob');
  await card.getByRole('button', { name: 'Open the profile of @bob' }).click();

  const profile = page.getByRole('complementary', { name: '@bob' });
  await expect(profile.getByRole('heading', { name: /Bob Okafor/ })).toBeVisible();
  await expect(profile.getByText('Cyclist, baker, occasional poll enthusiast.')).toBeVisible();
  await expect(profile.getByRole('img', { name: 'Verified link' })).toBeVisible();
  await expect(profile.getByText('Sourdough')).toBeVisible();
  await expect(post(profile, 'Bread update from Bob')).toBeVisible();

  await profile.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect.poll(async () => (await relationshipOf(instance, 'alice', 'bob')).following).toBe(true);
  await profile.getByRole('button', { name: 'Notify me of new posts' }).click();
  await expect.poll(async () => (await relationshipOf(instance, 'alice', 'bob')).notifying).toBe(true);

  await profile.getByRole('tab', { name: 'Media' }).click();
  await expect(post(profile, 'Photos from the ride')).toBeVisible();
  await expect(profile.getByRole('article').filter({ hasText: 'Bread update from Bob' })).toHaveCount(0);

  await profile.getByRole('button', { name: 'Open as a column' }).click();
  await expect(profile).toHaveCount(0);
  const bobColumn = column(page, /^@bob — /);
  await expect(post(bobColumn, 'Photos from the ride')).toBeVisible();
  await expect
    .poll(async () => {
      const saved = await app.host.handlers['deck.load'](undefined);
      return saved.workspaces[0]!.columns.some((c) => c.type === 'profile' && c.params['acct'] === 'bob');
    })
    .toBe(true);
});

test('a mention opens the profile, a hashtag opens a column', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  const opened = app.platform.openedUrls.length; // the sign-in page
  await instance.admin.injectStatus({ as: 'dmitri', text: 'Ask @chloe about #Compilers', tags: [] });
  const { page } = app;
  const card = post(column(page, 'Local'), 'Ask');
  await card.getByRole('link', { name: '@chloe' }).click();
  await expect(
    page.getByRole('complementary', { name: '@chloe' }).getByText('Développeuse, café, vélo.'),
  ).toBeVisible();
  await card.getByRole('link', { name: '#Compilers' }).click();
  await expect(column(page, /^#Compilers — /)).toBeVisible();
  // Neither went to the browser.
  expect(app.platform.openedUrls).toHaveLength(opened);
});
