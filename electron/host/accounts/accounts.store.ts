import { join } from 'node:path';
import { z } from 'zod';
import { tokenStorageSchema } from '../../ipc/types/accounts';
import type { Notice } from '../../ipc/types/app';
import { createJsonWriter, loadJsonFile } from '../json-file';
import { pickAccountColor } from './palette';

const storedAccountSchema = z.object({
  id: z.string().min(1),
  instanceUrl: z.url(),
  instanceTitle: z.string(),
  remoteId: z.string().min(1),
  username: z.string(),
  acct: z.string(),
  displayName: z.string(),
  avatarUrl: z.string(),
  avatarStaticUrl: z.string(),
  storage: tokenStorageSchema,
  /** `needs_sign_in` once the renderer saw the token refused; a missing token is detected at run time. */
  status: z.enum(['active', 'needs_sign_in']),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  addedAt: z.string(),
});
export type StoredAccount = z.output<typeof storedAccountSchema>;

const accountsFileSchema = z.object({
  version: z.literal(1),
  /** The account chosen as default; the first account when unset or gone. */
  defaultId: z.string().nullable(),
  accounts: z.array(storedAccountSchema),
});
type AccountsFile = z.output<typeof accountsFileSchema>;

/** What a sign-in knows about an account; the store adds colour, order and date. */
export type AccountProfile = Omit<StoredAccount, 'color' | 'addedAt'>;

/** The signed-in accounts, in the user's order, without any secret: `accounts.json` beside the vault. */
export interface AccountsStore {
  list(): readonly StoredAccount[];
  find(id: string): StoredAccount | undefined;
  /** The default account's id: the chosen one, else the first. */
  defaultId(): string | undefined;
  /** Adds an account at the end, or updates it in place (keeping its colour and position). */
  upsert(profile: AccountProfile): Promise<StoredAccount>;
  remove(id: string): Promise<void>;
  /** Puts the given ids first, in that order; ids it does not know are ignored, others keep their order after. */
  reorder(ids: readonly string[]): Promise<void>;
  setDefault(id: string): Promise<void>;
  setStatus(id: string, status: StoredAccount['status']): Promise<void>;
  readonly notice: Notice | undefined;
}

export const accountsFileName = 'accounts.json';

export async function openAccountsStore(
  dataDir: string,
  now: () => Date = () => new Date(),
): Promise<AccountsStore> {
  const path = join(dataDir, accountsFileName);
  const loaded = await loadJsonFile(
    path,
    accountsFileSchema,
    (): AccountsFile => ({ version: 1, defaultId: null, accounts: [] }),
    'accounts',
  );
  const write = createJsonWriter(path);
  let accounts: StoredAccount[] = loaded.value.accounts;
  let chosenDefault = loaded.value.defaultId;

  const save = () => write({ version: 1, defaultId: chosenDefault, accounts } satisfies AccountsFile);
  const find = (id: string) => accounts.find((account) => account.id === id);

  return {
    notice: loaded.notice,
    list: () => accounts,
    find,
    defaultId: () => (chosenDefault && find(chosenDefault) ? chosenDefault : accounts[0]?.id),
    async upsert(profile) {
      const existing = find(profile.id);
      const next: StoredAccount = existing
        ? { ...existing, ...profile }
        : { ...profile, color: pickAccountColor(accounts.map((a) => a.color)), addedAt: now().toISOString() };
      accounts = existing ? accounts.map((a) => (a.id === next.id ? next : a)) : [...accounts, next];
      await save();
      return next;
    },
    async remove(id) {
      accounts = accounts.filter((account) => account.id !== id);
      if (chosenDefault === id) chosenDefault = null;
      await save();
    },
    async reorder(ids) {
      const byId = new Map(accounts.map((account) => [account.id, account]));
      const first = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
      const rest = accounts.filter((account) => !first.includes(account));
      accounts = [...first, ...rest];
      await save();
    },
    async setDefault(id) {
      chosenDefault = id;
      await save();
    },
    async setStatus(id, status) {
      accounts = accounts.map((account) => (account.id === id ? { ...account, status } : account));
      await save();
    },
  };
}
