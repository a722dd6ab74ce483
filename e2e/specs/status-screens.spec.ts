import { mkdir } from 'node:fs/promises';
import type { FakeInstance } from '../fake-instance/index';
import { signInWithHost } from '../harness/sign-in';
import { expect, test } from '../harness/fixtures';
import { actionButton, column, openColumns, post, signInAlice } from './status-steps';

/** Screenshots of the cards, threads and profiles in both themes, for review (reports/screens). */
const dir = 'reports/screens';

async function richContent(instance: FakeInstance): Promise<void> {
  for (const friend of ['bob', 'chloe', 'dmitri', 'fatima']) {
    await instance.admin.interact({ as: 'alice', action: 'follow', account: friend });
  }
  await instance.admin.setProfile('bob', {
    fields: [
      {
        name: 'Website',
        value: '<a href="https://bob.example/" rel="me">bob.example</a>',
        verifiedAt: '2025-01-02T10:00:00.000Z',
      },
      { name: 'Bakes', value: 'Sourdough, rye, the odd brioche' },
      {
        name: 'Rides',
        value: '<a href="https://strava.example/athletes/bob">strava.example/athletes/bob</a>',
      },
    ],
  });
  const photos = await instance.admin.injectStatus({
    as: 'fatima',
    text: 'Morning light over the ridge, shot on the way up. #Photography',
    mediaCount: 3,
    mediaDescription: 'Soft hills under a pale sun, layered in purple and green.',
    createdAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
  });
  const original = await instance.admin.injectStatus({
    as: 'dmitri',
    text: 'Hot take: every build tool is eventually a bad programming language. #TypeScript',
    createdAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
  });
  await instance.admin.injectStatus({
    as: 'chloe',
    text: 'Not wrong, but I still like mine. @dmitri have you tried writing the config in plain code?',
    quotedStatusId: original.id,
    createdAt: new Date(Date.now() - 90 * 60_000).toISOString(),
  });
  await instance.admin.injectStatus({
    as: 'bob',
    text: 'Bread poll for the weekend bake, vote wisely',
    poll: { options: ['Sourdough', 'Baguette', 'Brioche'], expiresIn: 2 * 86_400 },
    createdAt: new Date(Date.now() - 50 * 60_000).toISOString(),
  });
  await instance.admin.injectStatus({
    as: 'fatima',
    text: 'A long read on how the fediverse moderates itself',
    card: {
      url: 'https://news.example/fediverse-moderation',
      title: 'How a federated network keeps itself civil',
      description:
        'Small teams, shared block lists and a lot of patience: inside the moderation of independent servers.',
      providerName: 'News Example',
      image: photos.mediaAttachments[1]!.previewUrl,
    },
    createdAt: new Date(Date.now() - 20 * 60_000).toISOString(),
  });
  const spoiler = await instance.admin.injectStatus({
    as: 'bob',
    text: 'The winner was the rye. Nobody saw it coming, least of all the judges. 🥖',
    spoilerText: 'Bake-off finale spoilers',
    sensitive: true,
    mediaCount: 1,
    mediaDescription: 'A dark rye loaf on a cooling rack.',
    createdAt: new Date(Date.now() - 6 * 60_000).toISOString(),
  });
  await instance.admin.interact({ as: 'chloe', action: 'reblog', statusId: spoiler.id });
  await instance.admin.interact({ as: 'alice', action: 'favourite', statusId: original.id });
  await instance.admin.interact({ as: 'alice', action: 'bookmark', statusId: original.id });
}

for (const scheme of ['dark', 'light'] as const) {
  test(`cards, thread, profile and lightbox look right (${scheme})`, async ({
    launch,
    startInstance,
    chromiumBrowser,
  }) => {
    test.setTimeout(120_000);
    await mkdir(dir, { recursive: true });
    const instance = await startInstance({ empty: true, title: 'Pouet Social' });
    const other = await startInstance({ empty: true, title: 'Piaille' });
    await richContent(instance);
    const app = await launch({ colorScheme: scheme, viewport: { width: 1500, height: 1000 } });
    const alice = await signInAlice(app, chromiumBrowser, instance);
    await signInWithHost(app, chromiumBrowser, other.url, 'bob');
    await openColumns(app, [
      { account: alice, type: 'home' },
      { account: alice, type: 'local' },
    ]);
    const { page } = app;
    const home = column(page, 'Home');
    await expect(post(home, 'Bread poll')).toBeVisible();
    await expect(post(home, 'Bake-off finale spoilers')).toBeVisible();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${dir}/status-deck-${scheme}.png` });

    // The content warning open, the sensitive media shown, the post's menu.
    const spoiler = post(home, 'Bake-off finale spoilers');
    await spoiler.getByRole('button', { name: 'Show more' }).click();
    await spoiler.getByRole('button', { name: /Sensitive content/ }).click();
    await actionButton(post(home, 'Bread poll'), 'More').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/status-menu-${scheme}.png` });
    await page.keyboard.press('Escape');

    // Acting as the other account.
    const quote = post(home, 'Not wrong, but I still like mine');
    await quote.getByRole('button', { name: /^Acting as @alice@/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /^@bob@/ }).click();
    await expect(quote.getByText(/^Acting as @bob@/)).toBeVisible();
    await quote.screenshot({ path: `${dir}/status-act-as-${scheme}.png` });

    // The thread and the profile panels.
    await post(home, 'Not wrong, but I still like mine')
      .getByText('Not wrong, but I still like mine')
      .click();
    await expect(
      page.getByRole('complementary', { name: 'Thread' }).locator('article[aria-current="true"]'),
    ).toBeVisible();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${dir}/status-thread-${scheme}.png` });
    await post(home, 'Bread poll').getByRole('button', { name: 'Open the profile of @bob' }).click();
    await expect(
      page.getByRole('complementary', { name: '@bob' }).getByRole('img', { name: 'Verified link' }),
    ).toBeVisible();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${dir}/status-profile-${scheme}.png` });
    await page.keyboard.press('Escape');

    // The lightbox.
    await post(home, 'Morning light')
      .getByRole('button', { name: /^View:/ })
      .nth(1)
      .click();
    await expect(page.getByRole('dialog', { name: 'Media viewer' })).toBeVisible();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${dir}/status-lightbox-${scheme}.png` });
  });
}
