import { expect, test } from '../harness/fixtures';
import { openDeck, signInWithHost } from '../harness/sign-in';
import { aliceWithLocalColumn, column, deckOf, marker, post } from './deck-steps';

test.describe.configure({ timeout: 90_000 });

test('live posts land in the right columns only, across two accounts on two instances', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const alpha = await startInstance({ title: 'Alpha' });
  const beta = await startInstance({ title: 'Beta', seed: 7 });
  const app = await launch({ viewport: { width: 2400, height: 1000 } });
  const alice = await signInWithHost(app, chromiumBrowser, alpha.url, 'alice');
  const bob = await signInWithHost(app, chromiumBrowser, beta.url, 'bob');
  const tag = marker('pouettag').replace('-', '');
  await openDeck(
    app,
    deckOf([
      { accountId: alice, type: 'home' },
      { accountId: alice, type: 'local' },
      { accountId: alice, type: 'hashtag', params: { tags: [tag], mode: 'any', local: false } },
      { accountId: bob, type: 'home' },
      { accountId: bob, type: 'local' },
      { accountId: alice, type: 'remote' },
    ]),
  );
  const { page } = app;
  const aliceHome = column(page, 'Home', `alice@${alpha.domain}`);
  const aliceLocal = column(page, 'Local', `alice@${alpha.domain}`);
  const aliceTag = column(page, `#${tag}`, `alice@${alpha.domain}`);
  const bobHome = column(page, 'Home', `bob@${beta.domain}`);
  const bobLocal = column(page, 'Local', `bob@${beta.domain}`);
  const aliceRemote = column(page, 'Other servers', `alice@${alpha.domain}`);
  for (const col of [aliceHome, aliceLocal, aliceTag, bobHome, bobLocal, aliceRemote])
    await expect(col).toBeVisible();
  await expect(aliceHome.getByRole('article').first()).toBeVisible();

  const onAlpha = marker('alpha');
  const onBeta = marker('beta');
  await alpha.admin.injectStatus({ as: 'alice', text: `${onAlpha} hello`, tags: [tag] });
  await beta.admin.injectStatus({ as: 'bob', text: `${onBeta} bonjour` });

  await expect(post(aliceHome, onAlpha)).toBeVisible();
  await expect(post(aliceLocal, onAlpha)).toBeVisible();
  await expect(post(aliceTag, onAlpha)).toBeVisible();
  await expect(post(bobHome, onBeta)).toBeVisible();
  await expect(post(bobLocal, onBeta)).toBeVisible();
  // Both posts have arrived where they belong; neither leaked anywhere else.
  for (const col of [bobHome, bobLocal, aliceRemote]) await expect(post(col, onAlpha)).toHaveCount(0);
  for (const col of [aliceHome, aliceLocal, aliceTag, aliceRemote])
    await expect(post(col, onBeta)).toHaveCount(0);

  // Edits and deletes apply in place, everywhere the post is shown.
  const injected = await alpha.admin.injectStatus({
    as: 'alice',
    text: `${marker('edit')} first words`,
    tags: [tag],
  });
  await expect(post(aliceHome, 'first words')).toBeVisible();
  await alpha.admin.editStatus(injected.id, 'second thoughts');
  await expect(post(aliceHome, 'second thoughts')).toBeVisible();
  await expect(post(aliceTag, 'second thoughts')).toBeVisible();
  await expect(post(aliceHome, 'first words')).toHaveCount(0);
  await alpha.admin.deleteStatus(injected.id);
  await expect(post(aliceHome, 'second thoughts')).toHaveCount(0);
  await expect(post(aliceLocal, 'second thoughts')).toHaveCount(0);
});

test('a reader scrolled down sees a pill, and nothing under their eyes moves', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const { app, instance, local } = await aliceWithLocalColumn({ launch, startInstance, chromiumBrowser });
  await expect(local.getByRole('article').nth(3)).toBeVisible();

  const scroller = local.locator('.timeline-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 900));
  await app.page.waitForTimeout(300);
  const reading = local.getByRole('article').nth(2);
  const readingKey = await reading.getAttribute('data-key');
  const before = await local.locator(`article[data-key="${readingKey}"]`).boundingBox();

  const news = [marker('new1'), marker('new2'), marker('new3')];
  for (const text of news) await instance.admin.injectStatus({ as: 'bob', text });
  const pill = local.getByRole('button', { name: '3 new posts' });
  await expect(pill).toBeVisible();
  const after = await local.locator(`article[data-key="${readingKey}"]`).boundingBox();
  expect(after?.y).toBeCloseTo(before!.y, 0);
  for (const text of news) await expect(post(local, text)).toHaveCount(0);

  await pill.click();
  await expect(post(local, news[2]!)).toBeVisible();
  await expect(pill).toHaveCount(0);
});

test('posts made while the stream is down are all there after it reconnects', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const alice = await signInWithHost(app, chromiumBrowser, instance.url, 'alice');
  await openDeck(
    app,
    deckOf([
      { accountId: alice, type: 'home' },
      { accountId: alice, type: 'local' },
    ]),
  );
  const home = column(app.page, 'Home', `alice@${instance.domain}`);
  const local = column(app.page, 'Local', `alice@${instance.domain}`);
  const first = marker('before');
  await instance.admin.injectStatus({ as: 'alice', text: first });
  await expect(post(home, first)).toBeVisible();

  // The connection dies and stays refused for a while; posts keep being published meanwhile.
  await instance.admin.refuseStreams(2500);
  await instance.admin.dropStreams();
  const missed = [marker('gap1'), marker('gap2'), marker('gap3'), marker('gap4')];
  for (const text of missed) await instance.admin.injectStatus({ as: 'alice', text });

  for (const text of missed) {
    await expect(post(home, text)).toBeVisible({ timeout: 30_000 });
    await expect(post(local, text)).toBeVisible();
  }
  // Live again afterwards.
  const after = marker('after');
  await instance.admin.injectStatus({ as: 'alice', text: after });
  await expect(post(home, after)).toBeVisible();
});

test('a server without streaming still updates its columns, by polling', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ streaming: false });
  const app = await launch();
  const alice = await signInWithHost(app, chromiumBrowser, instance.url, 'alice');
  await app.host.handlers['deck.save'](deckOf([{ accountId: alice, type: 'home' }]));
  await app.page.clock.install();
  await app.restart();
  await app.page.clock.install();
  await app.page.reload();
  const home = column(app.page, 'Home', `alice@${instance.domain}`);
  await expect(home.getByRole('article').first()).toBeVisible();

  const text = marker('polled');
  await instance.admin.injectStatus({ as: 'alice', text });
  await expect(home.getByRole('status')).toContainText('Live updates are not available', { timeout: 30_000 });
  await expect(async () => {
    await app.page.clock.runFor(60_000);
    await expect(post(home, text)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});

test('a deleted list breaks only its own column', async ({ launch, startInstance, chromiumBrowser }) => {
  const instance = await startInstance();
  const app = await launch();
  const alice = await signInWithHost(app, chromiumBrowser, instance.url, 'alice');
  const { accessToken } = await app.host.handlers['accounts.token']({ accountId: alice });
  const lists = (await (
    await fetch(`${instance.url}/api/v1/lists`, { headers: { authorization: `Bearer ${accessToken}` } })
  ).json()) as { id: string; title: string }[];
  const list = lists.find((l) => l.title === 'Close friends')!;
  await openDeck(
    app,
    deckOf([
      { accountId: alice, type: 'home' },
      { accountId: alice, type: 'list', params: { listId: list.id, listTitle: list.title } },
    ]),
  );
  const home = column(app.page, 'Home', `alice@${instance.domain}`);
  const listColumn = column(app.page, 'Close friends', `alice@${instance.domain}`);
  await expect(listColumn.getByRole('article').first()).toBeVisible();

  await instance.admin.deleteList(list.id);
  await instance.admin.dropStreams();
  await expect(listColumn.getByRole('status').or(listColumn.getByRole('alert')).first()).toContainText(
    /list no longer exists|no longer exists/,
    { timeout: 30_000 },
  );
  const still = marker('stillLive');
  await instance.admin.injectStatus({ as: 'alice', text: still });
  await expect(post(home, still)).toBeVisible();
});

test('the layout and read positions survive a restart', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const alice = await signInWithHost(app, chromiumBrowser, instance.url, 'alice');
  await openDeck(
    app,
    deckOf([
      { accountId: alice, type: 'home' },
      { accountId: alice, type: 'local' },
      { accountId: alice, type: 'federated' },
    ]),
  );
  const { page } = app;
  const acct = `alice@${instance.domain}`;
  await expect(column(page, 'Federated', acct).getByRole('article').first()).toBeVisible();

  await column(page, 'Federated', acct).getByRole('button', { name: 'Column options: Federated' }).click();
  await page.getByRole('menuitem', { name: 'Move left' }).click();
  await column(page, 'Local', acct).getByRole('button', { name: 'Column options: Local' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Wide' }).click();
  await column(page, 'Home', acct).getByRole('button', { name: 'Column options: Home' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Hide boosts' }).click();

  const newestLocal = await column(page, 'Local', acct).getByRole('article').first().getAttribute('data-key');
  const regions = page.locator('.deck-column');
  await expect(regions).toHaveCount(3);
  const order = async () =>
    await regions.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  const before = await order();
  expect(before).toEqual([`Home — @${acct}`, `Federated — @${acct}`, `Local — @${acct}`]);

  // Reading the top of home moves the server's marker; other columns keep theirs in the deck file.
  await expect
    .poll(async () => (await instance.admin.received({ path: '/api/v1/markers', method: 'POST' })).length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  await page.waitForTimeout(600); // the deck is saved a moment after the last change

  await app.restart();
  const restarted = app.page.locator('.deck-column');
  await expect(restarted).toHaveCount(3);
  expect(await restarted.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual(
    before,
  );
  await expect(app.page.locator('.deck-column-wide')).toHaveAttribute('aria-label', `Local — @${acct}`);
  const saved = await app.host.handlers['deck.load'](undefined);
  const columns = saved.workspaces[0]!.columns;
  expect(columns.find((c) => c.type === 'home')!.options.hideBoosts).toBe(true);
  expect(columns.find((c) => c.type === 'local')!.lastReadId).toBeDefined();
  expect(newestLocal).toContain(columns.find((c) => c.type === 'local')!.lastReadId!);
});

test('a column reopens where the reader left off, what came since behind the pill', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const { app, instance, acct, local } = await aliceWithLocalColumn({
    launch,
    startInstance,
    chromiumBrowser,
  });
  await expect(local.getByRole('article').first()).toBeVisible();
  // The newest post, seen at the top, is saved as read.
  const saved = async () =>
    (await app.host.handlers['deck.load'](undefined)).workspaces[0]!.columns[0]!.lastReadId;
  await expect.poll(saved, { timeout: 10_000 }).toBeDefined();
  const lastRead = await saved();
  await expect(local.getByRole('article').first()).toHaveAttribute('data-key', `s:${lastRead}`);

  // Scrolled away, the reader does not see what comes in next.
  await local.locator('.timeline-scroll').evaluate((element) => element.scrollBy(0, 600));
  const since = [marker('since-one'), marker('since-two')];
  for (const text of since) await instance.admin.injectStatus({ as: 'alice', text });
  await expect(local.getByRole('button', { name: '2 new posts' })).toBeVisible();

  await app.restart();
  const reopened = column(app.page, 'Local', acct);
  await expect(reopened.getByRole('article').first()).toHaveAttribute('data-key', `s:${lastRead}`);
  for (const text of since) await expect(post(reopened, text)).toHaveCount(0);
  await reopened.getByRole('button', { name: '2 new posts' }).click();
  for (const text of since) await expect(post(reopened, text)).toBeVisible();
});

test('server filters hide and warn', async ({ launch, startInstance, chromiumBrowser }) => {
  const instance = await startInstance();
  const app = await launch();
  const alice = await signInWithHost(app, chromiumBrowser, instance.url, 'alice');
  await openDeck(app, deckOf([{ accountId: alice, type: 'home' }]));
  const home = column(app.page, 'Home', `alice@${instance.domain}`);
  await expect(home.getByRole('article').first()).toBeVisible();

  const hidden = marker('hidden');
  const warned = marker('warned');
  const plain = marker('plain');
  await instance.admin.injectStatus({ as: 'bob', text: `${hidden} my crypto portfolio` });
  await instance.admin.injectStatus({ as: 'bob', text: `${warned} big spoiler ahead` });
  await instance.admin.injectStatus({ as: 'bob', text: `${plain} nothing special` });

  await expect(post(home, plain)).toBeVisible();
  await expect(post(home, hidden)).toHaveCount(0);
  await expect(home.getByText(warned)).toHaveCount(0);
  const warning = home.getByRole('article').filter({ hasText: 'Filtered: Spoilers' }).first();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Show anyway' }).click();
  await expect(post(home, warned)).toBeVisible();
});

test('columns are added from the dialog, moved by keyboard, and kept per workspace', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const alice = await signInWithHost(app, chromiumBrowser, instance.url, 'alice');
  await openDeck(app, deckOf([{ accountId: alice, type: 'home' }]));
  const { page } = app;
  const acct = `alice@${instance.domain}`;

  await page.getByRole('button', { name: 'Add column' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a column' });
  await dialog
    .locator('label')
    .filter({ hasText: /^Hashtag$/ })
    .click();
  await expect(dialog.getByRole('radio', { name: 'Hashtag' })).toBeChecked();
  await dialog.getByLabel('Hashtags').fill('#Caturday, photographie');
  await dialog.getByRole('button', { name: 'Add column' }).click();
  const tagColumn = column(page, '#Caturday #photographie', acct);
  await expect(tagColumn.getByRole('article').first()).toBeVisible();

  await page.getByRole('button', { name: 'Add column' }).first().click();
  await dialog
    .locator('label')
    .filter({ hasText: /^List$/ })
    .click();
  await dialog.getByRole('combobox', { name: 'List', exact: true }).selectOption({ label: 'Close friends' });
  await dialog.getByRole('button', { name: 'Add column' }).click();
  await expect(column(page, 'Close friends', acct)).toBeVisible();

  const labels = () =>
    page.locator('.deck-column').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  expect(await labels()).toEqual([
    `Home — @${acct}`,
    `#Caturday #photographie — @${acct}`,
    `Close friends — @${acct}`,
  ]);
  // Keyboard: 3 focuses the third column, Alt+Shift+← moves it left.
  await page.locator('body').click({ position: { x: 5, y: 500 } });
  await page.keyboard.press('3');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect
    .poll(labels)
    .toEqual([`Home — @${acct}`, `Close friends — @${acct}`, `#Caturday #photographie — @${acct}`]);

  await page.getByRole('button', { name: 'New workspace' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Art');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('tab', { name: /Art/, selected: true })).toBeVisible();
  await expect(page.getByText('This workspace has no columns yet.')).toBeVisible();
  await page.getByRole('tab', { name: /Main/ }).click();
  await expect(page.locator('.deck-column')).toHaveCount(3);
});
