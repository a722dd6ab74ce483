import { signInWithHost } from '../harness/sign-in';
import { expect, test } from '../harness/fixtures';
import { actionButton, asUser, column, openColumns, post, signInAlice } from './status-steps';

interface Listed {
  content: string;
  reblog?: { content: string } | null;
}

test('a post from one instance is favourited and boosted as an account on another instance', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const alpha = await startInstance({ empty: true, title: 'Alpha' });
  const beta = await startInstance({ empty: true, title: 'Beta' });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, alpha);
  await signInWithHost(app, chromiumBrowser, beta.url, 'bob');
  await openColumns(app, [{ account: alice, type: 'local' }]);
  await alpha.admin.injectStatus({ as: 'chloe', text: 'Chloe on Alpha, worth sharing' });
  const { page } = app;
  const card = post(column(page, 'Local'), 'Chloe on Alpha');
  await expect(card).toBeVisible();

  // One action as the other account: a right-click on the button lists the accounts.
  await actionButton(card, 'Favourite').click({ button: 'right' });
  const chooser = page.getByRole('menu', { name: 'Favourite as' });
  await chooser
    .getByRole('menuitem', { name: new RegExp(`^@bob@${beta.domain.replace(/[.]/g, '\\.')}`) })
    .click();
  await expect(page.getByText(`Favourited as @bob@${beta.domain}`)).toBeVisible();
  // The reader's own button is untouched: alice did not favourite it.
  await expect(actionButton(card, 'Favourite')).toHaveAttribute('aria-pressed', 'false');
  const favourites = await asUser<Listed[]>(beta, 'bob', '/api/v1/favourites');
  expect(favourites.map((s) => s.content).join()).toContain('Chloe on Alpha');
  const searched = await beta.admin.received({ path: '/api/v2/search' });
  expect(searched[0]?.url).toContain('resolve=true');

  // Or switch the whole bar to the other account: it then shows that account's view of the post.
  await card.getByRole('button', { name: /^Acting as @alice@/ }).click();
  await page
    .getByRole('menu', { name: 'Act as' })
    .getByRole('menuitemcheckbox', { name: /^@bob@/ })
    .click();
  await expect(card.getByText(`Acting as @bob@${beta.domain}`)).toBeVisible();
  await expect(actionButton(card, 'Favourite')).toHaveAttribute('aria-pressed', 'true');
  await actionButton(card, 'Boost').click();
  await expect(actionButton(card, 'Boost')).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => {
      const timeline = await asUser<Listed[]>(
        beta,
        'bob',
        `/api/v1/accounts/${await beta.admin.accountId('bob')}/statuses`,
      );
      return timeline.map((s) => s.reblog?.content ?? '').join();
    })
    .toContain('Chloe on Alpha');
  // Alpha never saw a request from bob; alice's view is unchanged.
  const alphaBoosts = await alpha.admin.received({ path: '/api/v1/statuses', method: 'POST' });
  expect(alphaBoosts.filter((r) => r.path.endsWith('/reblog'))).toHaveLength(0);
});
