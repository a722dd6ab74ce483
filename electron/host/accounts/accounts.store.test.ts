import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountsFileName, openAccountsStore, type AccountProfile } from './accounts.store';
import { accountPalette } from './palette';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pouet-accounts-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const profile = (id: string, extra: Partial<AccountProfile> = {}): AccountProfile => ({
  id,
  instanceUrl: 'https://social.example',
  instanceTitle: 'Social',
  remoteId: id.split('@')[0]!,
  username: `user${id}`,
  acct: `user${id}@social.example`,
  displayName: '',
  avatarUrl: '',
  avatarStaticUrl: '',
  storage: 'protected',
  status: 'active',
  ...extra,
});

describe('accounts store', () => {
  it('gives a new account the first free colour, so colours never move', async () => {
    const store = await openAccountsStore(dir);
    await store.upsert(profile('1'));
    await store.upsert(profile('2'));
    await store.upsert(profile('3'));
    await store.remove('1');
    const fourth = await store.upsert(profile('4'));
    expect(fourth.color).toBe(accountPalette[0]);
    expect(store.list().map((a) => [a.id, a.color])).toEqual([
      ['2', accountPalette[1]],
      ['3', accountPalette[2]],
      ['4', accountPalette[0]],
    ]);
  });

  it('updates in place, keeping colour, position and date', async () => {
    const store = await openAccountsStore(dir);
    const first = await store.upsert(profile('1'));
    await store.upsert(profile('2'));
    const again = await store.upsert(profile('1', { displayName: 'New name', storage: 'session' }));
    expect(again).toEqual({ ...first, displayName: 'New name', storage: 'session' });
    expect(store.list().map((a) => a.id)).toEqual(['1', '2']);
  });

  it('defaults to the first account until one is chosen, and falls back when it leaves', async () => {
    const store = await openAccountsStore(dir);
    expect(store.defaultId()).toBeUndefined();
    await store.upsert(profile('1'));
    await store.upsert(profile('2'));
    expect(store.defaultId()).toBe('1');
    await store.setDefault('2');
    await store.reorder(['2', '1']);
    await store.reorder(['1']);
    expect(store.defaultId()).toBe('2');
    await store.remove('2');
    expect(store.defaultId()).toBe('1');
  });

  it('persists order, default and status', async () => {
    const store = await openAccountsStore(dir);
    await store.upsert(profile('1'));
    await store.upsert(profile('2'));
    await store.reorder(['2']);
    await store.setDefault('1');
    await store.setStatus('2', 'needs_sign_in');
    const reopened = await openAccountsStore(dir);
    expect(reopened.list().map((a) => [a.id, a.status])).toEqual([
      ['2', 'needs_sign_in'],
      ['1', 'active'],
    ]);
    expect(reopened.defaultId()).toBe('1');
  });

  it('moves a corrupt file aside and starts empty, saying so', async () => {
    await writeFile(join(dir, accountsFileName), '{"version":1,"accounts":[{"id":');
    const store = await openAccountsStore(dir);
    expect(store.list()).toEqual([]);
    expect(store.notice).toMatchObject({ code: 'file_corrupt', params: { label: 'accounts' } });
    expect((await readdir(dir)).some((name) => name.startsWith(`${accountsFileName}.corrupt-`))).toBe(true);
  });
});
