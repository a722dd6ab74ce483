import type { Request } from '@playwright/test';
import { hostileEmojis, hostilePayloads, hostileText } from '../../renderer/src/test/hostile-payloads';
import { expect, test } from '../harness/fixtures';
import { actionButton, column, openColumns, post, signInAlice } from './status-steps';

/** Adds the forged emoji to every entity's emoji list in an API answer (what a hostile server could send). */
function forgeEmoji(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forgeEmoji);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = forgeEmoji(inner);
  if (Array.isArray(out['emojis']))
    out['emojis'] = [
      ...(out['emojis'] as unknown[]),
      ...hostileEmojis.map((e) => ({
        shortcode: e.shortcode,
        url: e.url,
        static_url: e.staticUrl,
        visible_in_picker: true,
      })),
    ];
  return out;
}

test('hostile content runs no script and loads nothing but http(s) images and media', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  test.setTimeout(180_000);
  const instance = await startInstance({ empty: true });
  const authors = ['bob', 'chloe', 'dmitri', 'emeka', 'fatima', 'gustavo', 'hana', 'newsbot'];
  // Display names, a bio and profile fields.
  for (const [index, author] of authors.entries()) {
    await instance.admin.setProfile(author, {
      displayName: `${hostileText[index % hostileText.length]} :evil:`,
    });
  }
  await instance.admin.setProfile('bob', {
    noteHtml: hostilePayloads
      .slice(0, 20)
      .map((payload) => payload.html)
      .join(''),
    fields: hostilePayloads.slice(20, 26).map((payload, index) => ({
      name: hostileText[index % hostileText.length]!,
      value: payload.html,
      verifiedAt: index === 0 ? '2025-01-01T00:00:00.000Z' : null,
    })),
  });
  // Content, with a content warning on some posts.
  for (const [index, payload] of hostilePayloads.entries()) {
    await instance.admin.injectStatus({
      as: authors[index % authors.length]!,
      html: `<p>Payload ${payload.name} :evil: :evildata: :evilquote:</p>${payload.html}`,
      ...(index % 7 === 0 && { spoilerText: `${hostileText[index % hostileText.length]} :evil:` }),
      silent: true,
    });
  }
  // Poll options, media descriptions and a link card.
  await instance.admin.injectStatus({
    as: 'bob',
    text: 'Payload poll',
    poll: { options: hostileText.slice(0, 4), expiresIn: 3600 },
  });
  await instance.admin.injectStatus({
    as: 'chloe',
    text: 'Payload media',
    mediaCount: 2,
    mediaDescription: hostileText.join(' '),
  });
  await instance.admin.injectStatus({
    as: 'dmitri',
    text: 'Payload card',
    card: {
      url: 'https://ok.example/article',
      title: hostileText[0]!,
      description: hostilePayloads[2]!.html,
      providerName: hostileText[2],
      image: "javascript:__pwned('card-image')",
    },
  });
  await instance.admin.injectStatus({
    as: 'emeka',
    text: 'Payload card with a script address',
    card: {
      url: "javascript:__pwned('card-url')",
      title: 'Click',
      image: 'data:image/svg+xml,<svg onload=alert(1)>',
    },
  });

  const app = await launch({ viewport: { width: 1400, height: 1400 } });
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  const { page } = app;

  // Watch everything from a fresh load: script runs, dialogs, requests.
  const requests: Request[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const log: string[] = [];
    Object.assign(window, {
      __pwnedLog: log,
      __pwned: (what: unknown) => log.push(String(what)),
      alert: (what: unknown) => log.push(`alert:${String(what)}`),
    });
    // The app's CSP stands behind the sanitiser; what it blocks is recorded. Chromium checks inline handler
    // attributes (and <base>) when the sanitiser parses the hostile HTML in its inert DOMParser document, so
    // `script-src-attr` and `base-uri` reports come from there; any other directive means a real attempt.
    const csp: string[] = [];
    Object.assign(window, { __cspLog: csp });
    document.addEventListener('securitypolicyviolation', (event) =>
      csp.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await page.route(`${instance.url}/api/**`, async (route) => {
    const response = await route.fetch();
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('json')) return route.fulfill({ response });
    return route.fulfill({ response, json: forgeEmoji(await response.json()) });
  });
  await page.reload();
  // A canary proves the watch works: a foreign load is reported (the page's policy blocks it).
  const canary = await page.evaluate(async () => {
    const probe = document.createElement('iframe');
    probe.src = 'http://evil.invalid/canary';
    document.body.append(probe);
    await new Promise((done) => setTimeout(done, 300));
    probe.remove();
    return (window as unknown as { __cspLog: string[] }).__cspLog.splice(0);
  });
  expect(canary).toContain('frame-src http://evil.invalid');

  const local = column(page, 'Local');
  await expect(post(local, 'Payload card with a script address')).toBeVisible();
  // Expand every content warning of the column, then read it all the way down.
  await actionButton(post(local, 'Payload media'), 'More').click();
  await page.getByRole('menuitemcheckbox', { name: 'Expand all content warnings in this column' }).click();
  const scroller = local.locator('.timeline-scroll');
  for (let step = 0; step < 80; step++) {
    const done = await scroller.evaluate((element) => {
      element.scrollBy(0, 900);
      return element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
    });
    await page.waitForTimeout(120);
    if (done && (await local.getByText('You have reached the end.').isVisible())) break;
  }
  await expect(local.getByText('You have reached the end.')).toBeVisible();
  await expect(post(local, 'Payload script')).toBeVisible();

  // The poll, the media (in the lightbox), the card, bob's profile and a thread.
  await scroller.evaluate((element) => element.scrollTo(0, 0));
  await expect(post(local, 'Payload poll').getByRole('group', { name: 'Poll' })).toContainText(
    "__pwned('text-script')",
  );
  await post(local, 'Payload media')
    .getByRole('button', { name: /^View:/ })
    .first()
    .click();
  const lightbox = page.getByRole('dialog', { name: 'Media viewer' });
  await expect(lightbox).toContainText("__pwned('text-img')");
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(lightbox).toHaveCount(0);
  await post(local, 'Payload poll')
    .getByRole('button', { name: /^Open the profile of @bob/ })
    .click();
  const profile = page.getByRole('complementary', { name: '@bob' });
  await expect(profile.locator('.profile-fields')).toBeVisible();
  await expect(profile.getByRole('heading', { level: 3 })).toContainText("__pwned('text-script')");
  await profile.press('Escape');
  await post(local, 'Payload media').getByText('Payload media', { exact: true }).click();
  await expect(
    page.getByRole('complementary', { name: 'Thread' }).locator('article[aria-current="true"]'),
  ).toBeVisible();
  await page.waitForTimeout(500);

  // Nothing ran, nothing tried to load.
  expect(await page.evaluate(() => (window as unknown as { __pwnedLog: string[] }).__pwnedLog)).toEqual([]);
  expect(dialogs).toEqual([]);
  const blocked = await page.evaluate(() => (window as unknown as { __cspLog: string[] }).__cspLog);
  expect(
    blocked.filter((entry) => !/^(script-src-attr inline|base-uri http:\/\/evil\.invalid\/)$/.test(entry)),
  ).toEqual([]);
  // No element carries an event handler or a script address.
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      element
        .getAttributeNames()
        .filter(
          (name) =>
            name.startsWith('on') ||
            /^\s*(javascript|vbscript|data):/i.test(element.getAttribute(name) ?? ''),
        )
        .map((name) => `${element.tagName}[${name}]`),
    ),
  );
  expect(handlers).toEqual([]);
  // Nothing was fetched but the app, the instance, and http(s) images or media.
  const appOrigin = new URL(page.url()).origin;
  const unexpected = requests
    .filter((request) => {
      const url = new URL(request.url());
      if (url.hostname === 'evil.invalid') return true;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
      if (url.origin === appOrigin || url.origin === instance.url) return false;
      return !['image', 'media'].includes(request.resourceType());
    })
    .map((request) => `${request.resourceType()} ${request.url()}`);
  expect(unexpected).toEqual([]);
  const foreignCode = requests.filter(
    (request) =>
      ['script', 'stylesheet', 'font', 'document'].includes(request.resourceType()) &&
      !request.url().startsWith(appOrigin),
  );
  expect(foreignCode.map((request) => request.url())).toEqual([]);
});
