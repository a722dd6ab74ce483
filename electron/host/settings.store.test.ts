import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsStore, settingsFileName } from './settings.store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pouet-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const file = () => join(dir, settingsFileName);

describe('settings store', () => {
  it('starts from defaults when there is no file, without writing one', async () => {
    const store = await openSettingsStore(dir);
    expect(store.get()).toEqual({
      theme: 'system',
      language: 'system',
      reduceMotion: false,
      autoUpdate: true,
    });
    expect(store.notice).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('persists an update and reads it back after a restart', async () => {
    const store = await openSettingsStore(dir);
    await store.update({ theme: 'dark', language: 'fr' });
    const reopened = await openSettingsStore(dir);
    expect(reopened.get()).toMatchObject({ theme: 'dark', language: 'fr' });
  });

  it('writes atomically: no temp file is left and the file is private to the user', async () => {
    const store = await openSettingsStore(dir);
    await Promise.all([
      store.update({ theme: 'dark' }),
      store.update({ theme: 'light' }),
      store.update({ reduceMotion: true }),
    ]);
    expect(await readdir(dir)).toEqual([settingsFileName]);
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ theme: 'light', reduceMotion: true });
    if (process.platform !== 'win32') expect((await stat(file())).mode & 0o777).toBe(0o600);
  });

  it('moves a corrupt file aside, keeps its bytes, and says where', async () => {
    await writeFile(file(), '{"theme": "dark",,,');
    const store = await openSettingsStore(dir);
    expect(store.get().theme).toBe('system');
    expect(store.notice?.code).toBe('file_corrupt');
    const kept = (await readdir(dir)).find((name) => name.startsWith(`${settingsFileName}.corrupt-`));
    expect(kept).toBeDefined();
    expect(await readFile(join(dir, kept!), 'utf8')).toBe('{"theme": "dark",,,');
    expect(store.notice?.message).toContain(join(dir, kept!));
  });

  it('treats a well-formed file with invalid values as corrupt rather than trusting it', async () => {
    await writeFile(file(), JSON.stringify({ theme: 'neon' }));
    const store = await openSettingsStore(dir);
    expect(store.get().theme).toBe('system');
    expect(store.notice?.code).toBe('file_corrupt');
  });

  it('keeps the window state it is given', async () => {
    const store = await openSettingsStore(dir);
    await store.saveWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    expect((await openSettingsStore(dir)).get().window).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
});
