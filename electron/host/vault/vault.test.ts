import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCipher } from '../../../e2e/harness/test-ports';
import { openVault, vaultFileName } from './vault';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pouet-vault-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const file = () => join(dir, vaultFileName);
const readVault = async () =>
  JSON.parse(await readFile(file(), 'utf8')) as { entries: Record<string, string> };

describe('vault', () => {
  it('round-trips a secret through the cipher and across a restart, never in clear on disk', async () => {
    const key = randomBytes(32);
    const vault = await openVault(dir, createTestCipher(key));
    await vault.set('token:1@social.example', 'secret-token-ABC', { persist: true });
    expect(vault.get('token:1@social.example')).toBe('secret-token-ABC');
    expect(await readFile(file(), 'utf8')).not.toContain('secret-token-ABC');

    const reopened = await openVault(dir, createTestCipher(key));
    expect(reopened.get('token:1@social.example')).toBe('secret-token-ABC');
    expect(reopened.unreadable).toEqual([]);
    expect(reopened.notice).toBeUndefined();
  });

  it('keeps session-only secrets in memory and removes an older copy from disk', async () => {
    const key = randomBytes(32);
    const vault = await openVault(dir, createTestCipher(key));
    await vault.set('token:a', 'on-disk', { persist: true });
    await vault.set('token:a', 'in-memory', { persist: false });
    expect(vault.get('token:a')).toBe('in-memory');
    expect((await readVault()).entries).toEqual({});
    expect((await openVault(dir, createTestCipher(key))).get('token:a')).toBeUndefined();
  });

  it('reports a tampered ciphertext as unreadable and keeps it on disk rather than wiping it', async () => {
    const key = randomBytes(32);
    const vault = await openVault(dir, createTestCipher(key));
    await vault.set('token:good', 'good', { persist: true });
    await vault.set('token:bad', 'bad', { persist: true });
    const stored = await readVault();
    const bytes = Buffer.from(stored.entries['token:bad']!, 'base64');
    bytes[bytes.length - 1]! ^= 0xff;
    stored.entries['token:bad'] = bytes.toString('base64');
    await writeFile(file(), JSON.stringify({ version: 1, entries: stored.entries }));

    const reopened = await openVault(dir, createTestCipher(key));
    expect(reopened.unreadable).toEqual(['token:bad']);
    expect(reopened.get('token:bad')).toBeUndefined();
    expect(reopened.get('token:good')).toBe('good');
    await reopened.set('token:other', 'x', { persist: true });
    expect((await readVault()).entries['token:bad']).toBe(stored.entries['token:bad']);

    await reopened.set('token:bad', 'fresh', { persist: true });
    expect(reopened.unreadable).toEqual([]);
  });

  it('reports every entry as unreadable when the keychain key changed', async () => {
    const vault = await openVault(dir, createTestCipher(randomBytes(32)));
    await vault.set('token:a', 'a', { persist: true });
    await vault.set('app:https://x.example', 'b', { persist: true });
    const reopened = await openVault(dir, createTestCipher(randomBytes(32)));
    expect(reopened.unreadable).toEqual(['app:https://x.example', 'token:a']);
  });

  it('moves a corrupt file aside, keeps its bytes and says where', async () => {
    await writeFile(file(), '{"version":1,"entries":{"token:a":');
    const vault = await openVault(dir, createTestCipher());
    expect(vault.notice).toMatchObject({ code: 'file_corrupt', params: { label: 'saved sign-ins' } });
    const kept = (await readdir(dir)).find((name) => name.startsWith(`${vaultFileName}.corrupt-`));
    expect(kept).toBeDefined();
    expect(await readFile(join(dir, kept!), 'utf8')).toBe('{"version":1,"entries":{"token:a":');
    expect(vault.notice?.params?.path).toBe(join(dir, kept!));
    expect(vault.get('token:a')).toBeUndefined();
  });

  it('treats an entry that is not base64 as a corrupt file', async () => {
    await writeFile(file(), JSON.stringify({ version: 1, entries: { 'token:a': 'not base64!' } }));
    expect((await openVault(dir, createTestCipher())).notice?.code).toBe('file_corrupt');
  });

  it('writes atomically with mode 0600 and leaves no temp file behind', async () => {
    const vault = await openVault(dir, createTestCipher());
    await Promise.all([
      vault.set('token:a', 'a', { persist: true }),
      vault.set('token:b', 'b', { persist: true }),
      vault.set('token:c', 'c', { persist: true }),
      vault.delete('token:b'),
    ]);
    expect(await readdir(dir)).toEqual([vaultFileName]);
    expect(Object.keys((await readVault()).entries).sort()).toEqual(['token:a', 'token:c']);
    if (process.platform !== 'win32') expect((await stat(file())).mode & 0o777).toBe(0o600);
  });

  it('forgets a deleted secret, also after a restart', async () => {
    const key = randomBytes(32);
    const vault = await openVault(dir, createTestCipher(key));
    await vault.set('token:a', 'a', { persist: true });
    await vault.delete('token:a');
    expect(vault.get('token:a')).toBeUndefined();
    expect((await openVault(dir, createTestCipher(key))).get('token:a')).toBeUndefined();
  });
});
