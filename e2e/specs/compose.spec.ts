import { encodePng } from '../fake-instance/media/png';
import { drawPhoto } from '../fake-instance/media/pictures';
import { expect, test } from '../harness/fixtures';
import { signInThroughUi } from '../harness/sign-in';
import {
  composer,
  homeColumn,
  postKeys,
  postText,
  referenceTo,
  seedDraft,
  signInAndOpenComposer,
  statusesOf,
} from './compose-steps';

test('a post with a content warning goes out once and shows up live in the home column', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ title: 'Alpha Social' });
  const app = await launch();
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);
  const { page } = app;

  await postText(dock).fill('First post from Pouet, see https://example.com/a/rather/long/path/to/count');
  await expect(dock.getByText('450 characters left')).toBeAttached();
  await dock.getByRole('button', { name: 'Content warning' }).click();
  await dock.getByRole('textbox', { name: 'Content warning' }).fill('Meta');
  await postText(dock).press('Control+Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Posted' })).toBeVisible();
  await expect(postText(dock)).toHaveValue('');
  await expect(postText(dock)).toBeFocused();
  await expect(homeColumn(page).getByRole('article').filter({ hasText: 'Meta' }).first()).toBeVisible();

  const body = await instance.admin.lastStatusBody();
  expect(body).toMatchObject({ spoiler_text: 'Meta', visibility: 'public', language: 'en' });
  expect(String(body?.['status'])).toContain('First post from Pouet');
  expect(await postKeys(instance)).toHaveLength(1);
  expect((await statusesOf(instance, 'alice'))[0]).toMatchObject({ spoiler_text: 'Meta' });
});

test('the post takes the language it is written in until the writer picks one', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);
  const language = dock.getByRole('combobox', { name: 'Language of the post' });

  // The guesser is loaded on demand, the first time there is text to guess from.
  await postText(dock).fill('Bonjour à tous, je suis très content de vous retrouver ici aujourd’hui.');
  await expect(language).toHaveValue('fr');
  await language.selectOption('de');
  await postText(dock).fill('Hello everyone, I am really happy to see you all here again today.');
  await dock.page().waitForTimeout(1_000);
  await expect(language).toHaveValue('de');
  await postText(dock).press('Control+Enter');

  await expect.poll(async () => (await instance.admin.lastStatusBody())?.['language']).toBe('de');
});

test('a poll with its options, duration and multiple choice', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);

  await postText(dock).fill('Which bread this weekend?');
  await dock.getByRole('button', { name: 'Add a poll' }).click();
  await dock.getByRole('textbox', { name: 'Choice 1' }).fill('Sourdough');
  await dock.getByRole('textbox', { name: 'Choice 2' }).fill('Baguette');
  await dock.getByRole('button', { name: 'Add a choice' }).click();
  await dock.getByRole('textbox', { name: 'Choice 3' }).fill('Brioche');
  await dock.getByRole('combobox', { name: 'Poll duration' }).selectOption({ label: '3 days' });
  await dock.getByRole('checkbox', { name: 'Allow several choices' }).check();
  await expect(dock.getByRole('button', { name: 'Add images, a video or audio' })).toBeDisabled();
  await dock.getByRole('button', { name: 'Post', exact: true }).click();

  await expect(
    homeColumn(app.page).getByRole('article').filter({ hasText: 'Brioche' }).first(),
  ).toBeVisible();
  expect(await instance.admin.lastStatusBody()).toMatchObject({
    poll: {
      options: ['Sourdough', 'Baguette', 'Brioche'],
      expires_in: 259_200,
      multiple: true,
      hide_totals: false,
    },
  });
});

test('an image with alt text and a focal point, refusing what the server would refuse', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);

  const pick = async (files: { name: string; mimeType: string; buffer: Buffer }[]) => {
    const chooser = page.waitForEvent('filechooser');
    await dock.getByRole('button', { name: 'Add images, a video or audio' }).click();
    await (await chooser).setFiles(files);
  };
  await pick([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') }]);
  await expect(dock.getByRole('alert')).toContainText(
    'notes.txt cannot be attached: this server does not accept this kind of file.',
  );

  await pick([{ name: 'kite.png', mimeType: 'image/png', buffer: encodePng(drawPhoto(11, 640, 400)) }]);
  const add = dock.getByRole('button', { name: 'Describe kite.png for people who cannot see it' });
  await expect(add).toHaveText('+ ALT');
  await add.click();
  const editor = page.getByRole('dialog', { name: 'Describe this media' });
  await editor.getByLabel('Description (alt text)').fill('A red kite gliding over a wheat field');
  await editor.getByRole('button', { name: /^Focal point/ }).click({ position: { x: 10, y: 10 } });
  await editor.getByRole('button', { name: 'Apply' }).click();
  await expect(add).toHaveText('ALT');

  await postText(dock).fill('Spotted today');
  await dock.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(
    homeColumn(page).getByRole('img', { name: 'A red kite gliding over a wheat field' }).first(),
  ).toBeVisible();

  const [update] = await instance.admin.received({ path: '/api/v1/media/', method: 'PUT' });
  expect(update?.body).toMatchObject({
    description: 'A red kite gliding over a wheat field',
    focus: expect.stringMatching(/^-0\.9\d,0\.9\d$/),
  });
  expect((await instance.admin.lastStatusBody())?.['media_ids']).toHaveLength(1);
});

test('a scheduled post waits on the server and can be cancelled', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);

  await postText(dock).fill('Good morning, future me');
  await dock.getByRole('button', { name: 'Schedule for later' }).click();
  await expect(dock.getByLabel('Publish on')).toBeVisible();
  await dock.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Scheduled' })).toBeVisible();
  expect(await instance.admin.lastStatusBody()).toMatchObject({ scheduled_at: expect.any(String) });

  await dock.getByRole('button', { name: 'Scheduled posts' }).click();
  const list = page.getByRole('dialog', { name: 'Scheduled posts' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Good morning, future me' })).toBeVisible();
  await list.getByRole('button', { name: /^Cancel the post scheduled for / }).click();
  await expect(list.getByText('Nothing is scheduled.')).toBeVisible();
  expect(
    await instance.admin.received({ path: '/api/v1/scheduled_statuses/', method: 'DELETE' }),
  ).toHaveLength(1);
});

test('a reply, a quote and an edit, picked up from the drafts list, reach the server and the columns', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);
  const original = await instance.admin.injectStatus({ as: 'bob', text: 'Anyone up for a ride on Sunday?' });
  const mine = await instance.admin.injectStatus({ as: 'alice', text: 'Bakng bread today' });

  const resume = async (text: string) => {
    await dock.getByRole('button', { name: 'Drafts' }).click();
    const drafts = page.getByRole('dialog', { name: 'Drafts' });
    await drafts
      .getByRole('listitem')
      .filter({ hasText: text })
      .getByRole('button', { name: 'Continue' })
      .click();
  };

  await seedDraft(app, { text: '@bob Count me in!', replyTo: await referenceTo(app, original) });
  await resume('Count me in!');
  const reply = page.getByRole('dialog', { name: 'Reply to @bob' });
  await expect(reply.getByRole('figure', { name: /^Replying to Bob/ })).toContainText('Anyone up for a ride');
  await reply.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(reply).toHaveCount(0);
  expect(await instance.admin.lastStatusBody()).toMatchObject({ in_reply_to_id: original.id });
  await expect(
    homeColumn(page).getByRole('article').filter({ hasText: 'Count me in!' }).first(),
  ).toBeVisible();

  await seedDraft(app, { text: 'This is the spirit', quote: await referenceTo(app, original) });
  await resume('This is the spirit');
  const quote = page.getByRole('dialog', { name: 'Quote post' });
  await expect(quote.getByRole('button', { name: 'Add images, a video or audio' })).toBeDisabled();
  await expect(quote.getByRole('button', { name: 'Add a poll' })).toBeDisabled();
  await quote.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(quote).toHaveCount(0);
  expect(await instance.admin.lastStatusBody()).toMatchObject({ quoted_status_id: original.id });
  await expect(
    homeColumn(page).getByRole('article').filter({ hasText: 'This is the spirit' }).first(),
  ).toBeVisible();

  await seedDraft(app, { text: 'Baking bread today', editOf: { statusId: mine.id } });
  await resume('Baking bread today');
  const edit = page.getByRole('dialog', { name: 'Edit post' });
  await expect(edit.getByRole('button', { name: /^Who can see this post/ })).toBeDisabled();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved' })).toBeVisible();
  const edited = (await statusesOf(instance, 'alice')).find((s) => s.id === mine.id);
  expect(edited?.content).toContain('Baking bread today');
  await expect(
    homeColumn(page).getByRole('article').filter({ hasText: 'Baking bread today' }).first(),
  ).toBeVisible();
});

test('suggestions for @accounts, #hashtags and :emoji:, and the emoji picker with the instance’s own', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);
  const text = postText(dock);

  await text.pressSequentially('Hi @bo');
  await expect(dock.getByRole('option', { name: /Bob Okafor/ })).toBeVisible();
  await text.press('Enter');
  await expect(text).toHaveValue('Hi @bob ');

  await text.pressSequentially('look :blobc');
  await expect(dock.getByRole('option', { name: ':blobcat:' })).toHaveAttribute('aria-selected', 'true');
  await text.press('Tab');
  await expect(text).toHaveValue('Hi @bob look :blobcat: ');

  await text.pressSequentially('#fedit');
  await expect(dock.getByRole('option', { name: '#FediTips' })).toBeVisible();
  await text.press('Escape');
  await expect(dock.getByRole('listbox')).toHaveCount(0);
  await expect(dock).toBeVisible();

  await dock.getByRole('button', { name: 'Insert emoji' }).click();
  const picker = dock.getByRole('dialog', { name: 'Emoji' });
  await picker.getByRole('button', { name: 'blobheart' }).first().click();
  await picker.getByRole('button', { name: /^👍/ }).first().click();
  await expect(text).toHaveValue('Hi @bob look :blobcat: #fedit :blobheart: 👍');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
});

test('images dropped or pasted into the composer are uploaded', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);
  const png = [...encodePng(drawPhoto(9, 200, 120))];

  const files = (name: string) =>
    page.evaluateHandle(
      ([bytes, fileName]) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], fileName, { type: 'image/png' }));
        return data;
      },
      [png, name] as const,
    );
  await dock.getByRole('form').dispatchEvent('drop', { dataTransfer: await files('dropped.png') });
  const pasted = await files('pasted.png');
  await postText(dock).evaluate(
    (textarea, clipboardData) =>
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true })),
    pasted,
  );

  await expect(dock.getByRole('button', { name: /^Describe dropped\.png/ })).toBeVisible();
  await expect(dock.getByRole('button', { name: /^Describe pasted\.png/ })).toBeVisible();
  expect(await instance.admin.received({ path: '/api/v2/media', method: 'POST' })).toHaveLength(2);
});

test('posting as another signed-in account, on another instance', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const alpha = await startInstance({ title: 'Alpha Social' });
  const beta = await startInstance({ title: 'Beta Town' });
  const app = await launch();
  const { page } = app;
  await signInThroughUi(app, chromiumBrowser, { instance: alpha.domain, username: 'alice' });
  await signInThroughUi(app, chromiumBrowser, { instance: beta.domain, username: 'bob' });

  await page.getByRole('button', { name: 'New post' }).click();
  const dock = composer(page);
  await postText(dock).fill('Hello Beta Town, from Bob');
  await dock.getByRole('button', { name: `Posting as @alice@${alpha.domain}` }).click();
  await page
    .getByRole('menuitemradio', { name: new RegExp(`@bob@${beta.domain.replace('.', '\\.')}`) })
    .click();
  await expect(dock.getByRole('button', { name: `Posting as @bob@${beta.domain}` })).toBeVisible();
  await postText(dock).press('Control+Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Posted' })).toBeVisible();
  expect(String((await beta.admin.lastStatusBody())?.['status'])).toBe('Hello Beta Town, from Bob');
  expect(await alpha.admin.lastStatusBody()).toBeNull();
});
