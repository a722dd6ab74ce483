import { expect, test } from '../harness/fixtures';
import { column, deckOf, feedReady, notificationsStreamed, rows, signInAndOpen } from './notifications-steps';

test('notifications of every kind on two servers: grouped in the right columns, merged in one, answered in place', async ({
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
        {
          id: 'n-boosts',
          type: 'notifications',
          accountId: alice!,
          params: { types: ['reblog', 'favourite'] },
        },
        { id: 'n-hana', type: 'notifications', accountId: hana! },
        { id: 'n-mentions', type: 'mentions', accountId: hana! },
        { id: 'n-all', type: 'all-notifications' },
      ]),
  );
  const { page } = app; // the page after the restart that opened the deck
  const aliceColumn = column(page, 'Notifications', `@alice@${one.domain}`);
  const boostsColumn = column(page, 'Boosts and favourites', `@alice@${one.domain}`);
  const hanaColumn = column(page, 'Notifications', `@hana@${two.domain}`);
  const mentionsColumn = column(page, 'Mentions', `@hana@${two.domain}`);
  const allColumn = column(page, 'All notifications');
  for (const region of [aliceColumn, boostsColumn, hanaColumn, mentionsColumn, allColumn])
    await feedReady(region);
  await notificationsStreamed(one);
  await notificationsStreamed(two);

  // Live from the streams of both servers.
  for (const from of ['bob', 'chloe', 'dmitri'])
    await one.admin.injectNotification({ for: 'alice', type: 'favourite', from });
  await one.admin.injectNotification({ for: 'alice', type: 'reblog', from: 'gustavo' });
  await one.admin.injectNotification({ for: 'alice', type: 'mention', from: 'bob' });
  for (const from of ['emeka', 'fatima'])
    await one.admin.injectNotification({ for: 'alice', type: 'follow', from });
  await one.admin.injectNotification({ for: 'alice', type: 'update', from: 'chloe' });
  await one.admin.injectNotification({ for: 'alice', type: 'quote', from: 'dmitri' });
  await two.admin.interact({ as: 'bob', action: 'follow', account: 'hana' }); // hana is locked: a request
  await two.admin.injectNotification({ for: 'hana', type: 'mention', from: 'chloe' });
  await two.admin.injectNotification({ for: 'hana', type: 'poll', from: 'dmitri' });
  await two.admin.injectNotification({ for: 'hana', type: 'admin.sign_up', from: 'emeka' });

  await expect(
    rows(aliceColumn).filter({ hasText: 'Dmitri Volkov and 2 others favourited your post' }),
  ).toBeVisible();
  await expect(
    rows(aliceColumn).filter({ hasText: 'Fatima Zahra and Emeka Obi followed you' }),
  ).toBeVisible();
  await expect(rows(aliceColumn).filter({ hasText: 'Bob Okafor mentioned you' })).toContainText(
    'hello from the test',
  );
  await expect(rows(aliceColumn).filter({ hasText: 'edited a post you interacted with' })).toBeVisible();
  await expect(rows(aliceColumn).filter({ hasText: 'quoted your post' })).toBeVisible();
  await expect(rows(aliceColumn)).toHaveCount(6);
  // Typed columns keep to their kinds.
  await expect(rows(boostsColumn)).toHaveCount(2);
  await expect(rows(boostsColumn).filter({ hasText: 'Gustavo Pereira boosted your post' })).toBeVisible();
  await expect(rows(mentionsColumn)).toHaveCount(1);
  await expect(rows(hanaColumn).filter({ hasText: 'Your poll has ended' })).toBeVisible();
  await expect(rows(hanaColumn).filter({ hasText: 'signed up' })).toBeVisible();

  // The merged column: both accounts, each row saying whose it is.
  await expect(rows(allColumn)).toHaveCount(10);
  await expect(rows(allColumn).filter({ hasText: `For @hana@${two.domain}` })).toHaveCount(4);
  await expect(rows(allColumn).filter({ hasText: `For @alice@${one.domain}` })).toHaveCount(6);

  // A follow request, accepted right there (in every column showing it).
  const request = rows(hanaColumn).filter({ hasText: 'Bob Okafor asked to follow you' });
  await request.getByRole('button', { name: 'Accept @bob' }).click();
  await expect(request.getByRole('status')).toHaveText('Accepted');
  await expect(rows(allColumn).filter({ hasText: 'asked to follow you' }).getByRole('status')).toHaveText(
    'Accepted',
  );
  expect(await two.admin.received({ path: '/api/v1/follow_requests/', method: 'POST' })).toHaveLength(1);

  // Filtered notifications the server merged (accepted elsewhere): reloaded when the stream says so.
  await one.admin.injectStatus({ as: 'hana', text: '@alice a note that was held back', silent: true });
  await expect(rows(aliceColumn).filter({ hasText: 'a note that was held back' })).toHaveCount(0);
  await one.admin.emitEvent('alice', 'notifications_merged');
  await expect(rows(aliceColumn).filter({ hasText: 'a note that was held back' })).toBeVisible();
});

test('a post edited or deleted changes in the notifications that show it', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  // No timeline column: the notifications keep up on their own.
  await signInAndOpen(app, chromiumBrowser, [{ instance, username: 'alice' }], ([alice]) =>
    deckOf([{ id: 'n', type: 'notifications', accountId: alice! }]),
  );
  const notes = column(app.page, 'Notifications');
  await feedReady(notes);
  await notificationsStreamed(instance);
  const own = await instance.admin.injectStatus({ as: 'alice', text: 'Croissants are better with a tpyo' });
  await instance.admin.interact({ as: 'bob', action: 'favourite', statusId: own.id });
  const favourited = rows(notes).filter({ hasText: 'favourited your post' });
  await expect(favourited).toContainText('Croissants are better with a tpyo');

  await instance.admin.editStatus(own.id, 'Croissants are better warm');
  await expect(favourited).toContainText('Croissants are better warm');

  // Deleted: the notification about it goes too, as on the server.
  await instance.admin.deleteStatus(own.id);
  await expect(favourited).toHaveCount(0);
});

test('a server without grouped notifications (no v2 API) still groups them', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const legacy = await startInstance({ title: 'Old server', legacy: true, empty: true });
  const app = await launch();
  await signInAndOpen(app, chromiumBrowser, [{ instance: legacy, username: 'alice' }], ([alice]) =>
    deckOf([{ id: 'n', type: 'notifications', accountId: alice! }]),
  );
  const region = column(app.page, 'Notifications');
  await feedReady(region);
  await notificationsStreamed(legacy);
  // Two before a reload (grouped from a v1 page), two after (grouped as they stream in).
  for (const from of ['bob', 'chloe'])
    await legacy.admin.injectNotification({ for: 'alice', type: 'favourite', from });
  await legacy.admin.injectNotification({ for: 'alice', type: 'follow', from: 'dmitri' });
  await expect(
    rows(region).filter({ hasText: 'Chloé Durand and Bob Okafor favourited your post' }),
  ).toBeVisible();
  for (const from of ['emeka', 'fatima'])
    await legacy.admin.injectNotification({ for: 'alice', type: 'favourite', from });
  await legacy.admin.injectNotification({ for: 'alice', type: 'follow', from: 'gustavo' });
  await expect(
    rows(region).filter({ hasText: 'Fatima Zahra and 3 others favourited your post' }),
  ).toBeVisible();
  await expect(
    rows(region).filter({ hasText: 'Gustavo Pereira and Dmitri Volkov followed you' }),
  ).toBeVisible();
  await expect(rows(region)).toHaveCount(2);

  await app.restart();
  const reloaded = column(app.page, 'Notifications');
  await expect(
    rows(reloaded).filter({ hasText: 'Fatima Zahra and 3 others favourited your post' }),
  ).toBeVisible();
  await expect(rows(reloaded)).toHaveCount(2);
  const grouped = await legacy.admin.received({ path: '/api/v2/notifications' });
  expect(grouped.filter((request) => request.path === '/api/v2/notifications')).toHaveLength(0);
});
