import { expect, test } from '../harness/fixtures';
import { column, openColumns, post, signInAlice } from './status-steps';

test('a post opens in its thread, replies nested, and new replies appear live', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  const root = await instance.admin.injectStatus({ as: 'bob', text: 'Root of the thread' });
  const reply = await instance.admin.injectStatus({
    as: 'chloe',
    text: 'First reply here',
    inReplyToId: root.id,
  });
  await instance.admin.injectStatus({ as: 'bob', text: 'A nested answer', inReplyToId: reply.id });
  await instance.admin.injectStatus({ as: 'dmitri', text: 'Another branch', inReplyToId: reply.id });
  const { page } = app;
  const local = column(page, 'Local');
  // The local timeline leaves replies out; the root is there.
  await expect(post(local, 'Root of the thread')).toBeVisible();

  // A click on the post's text opens its thread: the post first, its replies nested below.
  await post(local, 'Root of the thread').getByText('Root of the thread').click();
  const thread = page.getByRole('complementary', { name: 'Thread' });
  await expect(thread.getByRole('article')).toHaveCount(4);
  await expect(thread.locator('article[aria-current="true"]')).toContainText('Root of the thread');
  await expect(post(thread, 'First reply here')).toHaveAttribute('data-depth', '1');
  await expect(post(thread, 'A nested answer')).toHaveAttribute('data-depth', '2');
  await expect(post(thread, 'Another branch')).toHaveAttribute('data-depth', '2');

  // A reply opens in turn, with what it answers above it; "Back" returns.
  await post(thread, 'First reply here').getByText('First reply here').click();
  await expect(thread.locator('article[aria-current="true"]')).toContainText('First reply here');
  await expect(thread.getByRole('article').first()).toContainText('Root of the thread');
  await expect(post(thread, 'A nested answer')).toHaveAttribute('data-depth', '1');
  await expect(thread.getByRole('button', { name: 'Back' })).toBeVisible();

  // Live: a reply from someone else arrives while the thread is open.
  await instance.admin.injectStatus({ as: 'emeka', text: '@alice a live reply', inReplyToId: reply.id });
  // It mentions alice, so it comes through her stream at once.
  await expect(post(thread, 'a live reply')).toBeVisible({ timeout: 8_000 });
  // And a reply deleted on the server leaves.
  const doomed = await instance.admin.injectStatus({
    as: 'bob',
    text: '@alice soon gone',
    inReplyToId: root.id,
  });
  await expect(post(thread, 'soon gone')).toBeVisible({ timeout: 8_000 });
  // Deletions reach her stream only for posts that were delivered to her; the thread's polling catches
  // the rest.
  await instance.admin.deleteStatus(doomed.id);
  await expect(thread.getByRole('article').filter({ hasText: 'soon gone' })).toHaveCount(0, {
    timeout: 30_000,
  });

  // Escape closes it; Enter on a post in a column opens it again.
  await thread.press('Escape');
  await expect(thread).toHaveCount(0);
  const rootCard = local.getByRole('article').filter({ hasText: 'Root of the thread' }).first();
  await rootCard.focus();
  await rootCard.press('Enter');
  await expect(
    page.getByRole('complementary', { name: 'Thread' }).locator('article[aria-current="true"]'),
  ).toContainText('Root of the thread');
});
