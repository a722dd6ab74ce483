import { join } from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../ipc/types/app';
import { createJsonWriter, loadJsonFile } from '../json-file';
import type { Cipher } from '../ports';

/**
 * Secrets (access tokens, OAuth client secrets) kept encrypted with the injected cipher — Electron safeStorage
 * in the app — in one file, `vault.json`, written atomically with mode 0600. Entries are base64 ciphertexts
 * keyed by a name (`token:<account id>`, `app:<origin>`). Secrets the user wants for this run only live in
 * memory and never touch the disk.
 */
export interface Vault {
  /** The decrypted secret, or undefined when there is none (or it could not be decrypted). */
  get(key: string): string | undefined;
  /** Stores a secret: encrypted on disk when `persist`, in memory only (for this run) otherwise. */
  set(key: string, secret: string, options: { persist: boolean }): Promise<void>;
  /** Forgets a secret everywhere, including an undecryptable ciphertext. */
  delete(key: string): Promise<void>;
  /** Whether the cipher really protects secrets (false on Linux without a keychain: `basic_text`). */
  isProtected(): Promise<boolean>;
  /** Keys whose ciphertext could not be decrypted at start (tampered, or the keychain key changed). */
  readonly unreadable: readonly string[];
  /** Set when vault.json was unreadable at start and moved aside. */
  readonly notice: Notice | undefined;
}

export const vaultFileName = 'vault.json';

const vaultFileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});
type VaultFile = z.output<typeof vaultFileSchema>;

export async function openVault(dataDir: string, cipher: Cipher): Promise<Vault> {
  const path = join(dataDir, vaultFileName);
  const loaded = await loadJsonFile(
    path,
    vaultFileSchema,
    (): VaultFile => ({ version: 1, entries: {} }),
    'saved sign-ins',
  );
  const write = createJsonWriter(path);
  /** Exactly what is on disk, undecryptable entries included: they are never dropped silently. */
  const sealed = new Map(Object.entries(loaded.value.entries));
  const plain = new Map<string, string>();
  const sessionOnly = new Map<string, string>();
  const unreadable: string[] = [];

  await Promise.all(
    [...sealed].map(async ([key, base64]) => {
      try {
        plain.set(key, await cipher.decrypt(new Uint8Array(Buffer.from(base64, 'base64'))));
      } catch {
        unreadable.push(key);
      }
    }),
  );
  unreadable.sort();

  // Operations run one at a time, so a delete cannot overtake the encryption of an earlier set.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation);
    queue = next.catch(() => undefined);
    return next;
  };
  const save = () => write({ version: 1, entries: Object.fromEntries(sealed) } satisfies VaultFile);
  const forgetUnreadable = (key: string) => {
    const index = unreadable.indexOf(key);
    if (index !== -1) unreadable.splice(index, 1);
  };

  return {
    notice: loaded.notice,
    unreadable,
    isProtected: () => cipher.isProtected(),
    get: (key) => sessionOnly.get(key) ?? plain.get(key),
    set: (key, secret, { persist }) =>
      serial(async () => {
        forgetUnreadable(key);
        if (persist) {
          const ciphertext = await cipher.encrypt(secret);
          sealed.set(key, Buffer.from(ciphertext).toString('base64'));
          plain.set(key, secret);
          sessionOnly.delete(key);
          await save();
          return;
        }
        sessionOnly.set(key, secret);
        plain.delete(key);
        // A secret the user now wants for this run only must not linger on disk from an earlier choice.
        if (sealed.delete(key)) {
          await save();
        }
      }),
    delete: (key) =>
      serial(async () => {
        forgetUnreadable(key);
        sessionOnly.delete(key);
        plain.delete(key);
        if (sealed.delete(key)) {
          await save();
        }
      }),
  };
}
