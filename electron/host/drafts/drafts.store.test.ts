import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../ipc/dispatcher';
import { draftSchema, maxDraftBytes, type Draft } from '../../ipc/types/drafts';
import { draftsFileName, openDraftsStore } from './drafts.store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pouet-drafts-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const file = () => join(dir, draftsFileName);

function makeDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'd1',
    accountId: '1@social.example',
    text: 'Bonjour',
    spoilerText: '',
    cw: false,
    sensitive: false,
    visibility: 'public',
    language: 'fr',
    languageChosen: false,
    media: [],
    poll: null,
    replyTo: null,
    quote: null,
    quotePolicy: null,
    editOf: null,
    scheduledAt: null,
    idempotencyKey: 'key-0123456789',
    placement: 'dock',
    failure: null,
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}

describe('drafts store', () => {
  it('starts empty without writing a file', async () => {
    const store = await openDraftsStore(dir);
    expect(store.list()).toEqual([]);
    expect(store.notice).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps everything a draft holds across a restart', async () => {
    const store = await openDraftsStore(dir);
    const draft = makeDraft({
      spoilerText: 'spoilers',
      cw: true,
      media: [
        {
          id: 'm1',
          type: 'image',
          previewUrl: 'https://social.example/m1.png',
          url: 'https://social.example/m1.png',
          fileName: 'cat.png',
          description: 'A cat asleep on a keyboard',
          focus: { x: 0.2, y: -0.5 },
          dirty: true,
        },
      ],
      failure: { kind: 'server_error', at: 2000 },
    });
    await store.save(draft);
    const reopened = await openDraftsStore(dir);
    expect(reopened.list()).toEqual([draft]);
  });

  it('replaces a draft with the same id and lists the most recently changed first', async () => {
    const store = await openDraftsStore(dir);
    await store.save(makeDraft({ id: 'a', updatedAt: 1 }));
    await store.save(makeDraft({ id: 'b', updatedAt: 2 }));
    await store.save(makeDraft({ id: 'a', text: 'changed', updatedAt: 3 }));
    expect(store.list().map((d) => [d.id, d.text])).toEqual([
      ['a', 'changed'],
      ['b', 'Bonjour'],
    ]);
    expect((await openDraftsStore(dir)).list().map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('forgets a removed draft, and removing an unknown one is fine', async () => {
    const store = await openDraftsStore(dir);
    await store.save(makeDraft({ id: 'a' }));
    await store.remove('a');
    await store.remove('never-existed');
    expect((await openDraftsStore(dir)).list()).toEqual([]);
  });

  it('writes atomically: rapid saves leave one private file holding the last one', async () => {
    const store = await openDraftsStore(dir);
    await Promise.all(
      ['B', 'Bo', 'Bon', 'Bonj'].map((text, i) => store.save(makeDraft({ text, updatedAt: i }))),
    );
    expect(await readdir(dir)).toEqual([draftsFileName]);
    expect(JSON.parse(await readFile(file(), 'utf8')).drafts[0].text).toBe('Bonj');
    if (process.platform !== 'win32') expect((await stat(file())).mode & 0o777).toBe(0o600);
  });

  it('moves a corrupt file aside, keeps its bytes, and says where', async () => {
    await writeFile(file(), '{"version":1,"drafts":[{"id":');
    const store = await openDraftsStore(dir);
    expect(store.list()).toEqual([]);
    expect(store.notice).toMatchObject({ code: 'file_corrupt', params: { label: 'drafts' } });
    const kept = (await readdir(dir)).find((name) => name.startsWith(`${draftsFileName}.corrupt-`));
    expect(await readFile(join(dir, kept!), 'utf8')).toBe('{"version":1,"drafts":[{"id":');
  });

  it('treats a file with an invalid draft as corrupt rather than trusting it', async () => {
    await writeFile(
      file(),
      JSON.stringify({ version: 1, drafts: [{ ...makeDraft(), visibility: 'everyone' }] }),
    );
    const store = await openDraftsStore(dir);
    expect(store.notice?.code).toBe('file_corrupt');
  });

  it('refuses a new draft past the limit with a readable error', async () => {
    const store = await openDraftsStore(dir);
    await Promise.all(Array.from({ length: 500 }, (_, i) => store.save(makeDraft({ id: `d${i}` }))));
    await expect(store.save(makeDraft({ id: 'one-more' }))).rejects.toMatchObject({
      code: 'too_many_drafts',
    });
    await expect(store.save(makeDraft({ id: 'd7', text: 'still editable' }))).resolves.toBeDefined();
  });
});

describe('drafts schema', () => {
  it('accepts a complete draft', () => {
    expect(draftSchema.safeParse(makeDraft()).success).toBe(true);
  });

  it.each([
    ['an unknown field', { ...makeDraft(), nodeIntegration: true }],
    ['a bad visibility', makeDraft({ visibility: 'everyone' as 'public' })],
    ['a focal point off the image', makeDraft({ media: [{ ...media(), focus: { x: 2, y: 0 } }] })],
    ['a short idempotency key', makeDraft({ idempotencyKey: 'k' })],
    [
      'a draft larger than the limit',
      makeDraft({ text: 'x'.repeat(90_000), spoilerText: 'y'.repeat(10_000), media: bigMedia() }),
    ],
  ])('rejects %s', (_label, input) => {
    expect(draftSchema.safeParse(input).success).toBe(false);
  });

  it('is enforced by the dispatcher before the store sees anything', async () => {
    const store = await openDraftsStore(dir);
    const handlers = { 'drafts.save': (draft: Draft) => store.save(draft) } as unknown as Handlers;
    const dispatch = createDispatcher(handlers, { trustedOrigins: ['pouet://app'] });
    const result = await dispatch(
      'drafts.save',
      { ...makeDraft(), text: 42 },
      { url: 'pouet://app/index.html' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(store.list()).toEqual([]);
  });
});

function media(): Draft['media'][number] {
  return {
    id: 'm',
    type: 'image',
    previewUrl: null,
    url: null,
    fileName: 'a.png',
    description: '',
    focus: null,
    dirty: false,
  };
}

/** Twenty attachments with long descriptions: each field is within its limit, the whole is not. */
function bigMedia(): Draft['media'] {
  const perItem = Math.ceil(maxDraftBytes / 20);
  return Array.from({ length: 20 }, (_, i) => ({
    ...media(),
    id: `m${i}`,
    description: 'd'.repeat(Math.min(10_000, perItem)),
  }));
}
