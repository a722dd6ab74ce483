/**
 * The one contract between the renderer and the host: named capabilities, each with a runtime schema for
 * its input and the type of its answer. Main binds it to ipcMain, the preload exposes it as `window.pouet`,
 * and the e2e harness binds the very same dispatcher into Chromium. The renderer imports types only.
 */
import { z } from 'zod';
import type { HostResult } from './result';
import type {
  AccountSummary,
  AccountToken,
  InstancePreview,
  SignInStarted,
  VaultStatus,
} from './types/accounts';
import {
  accountIdSchema,
  flowIdSchema,
  instanceInputSchema,
  reorderSchema,
  signInStartSchema,
  submitCodeSchema,
} from './types/accounts';
import type { AppInfo } from './types/app';
import { deckLayoutSchema, type DeckLayout } from './types/deck';
import { draftIdSchema, draftSchema, type Draft } from './types/drafts';
import { badgeSchema, notifyShowSchema } from './types/notifications';
import type { SettingsPatch, Settings } from './types/settings';
import { settingsPatchSchema } from './types/settings';

/** Declares a capability: the schema validates input at runtime, `O` is the answer's type. */
function capability<O>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: undefined as unknown as O });
}

const noInput = z.undefined();

export const contract = {
  'app.info': capability<AppInfo>()(noInput),
  /** Quits and installs the update announced by `update.ready`. Fails with `not_available` otherwise. */
  'app.restartToUpdate': capability<undefined>()(noInput),
  /** Restarts the app into the demo (a throwaway profile with demo servers and accounts). */
  'app.exploreDemo': capability<undefined>()(noInput),
  'shell.openExternal': capability<undefined>()(z.object({ url: z.string().min(1).max(8192) })),
  /**
   * Shows a desktop notification (rate-capped by the host). Clicking it focuses the window and emits
   * `notification.clicked` with `tag`.
   */
  'notify.show': capability<undefined>()(notifyShowSchema),
  /** The unread count on the dock / taskbar / launcher icon; 0 clears it. */
  'app.setBadge': capability<undefined>()(badgeSchema),
  'settings.get': capability<Settings>()(noInput),
  'settings.update': capability<Settings>()(settingsPatchSchema satisfies z.ZodType<SettingsPatch>),

  /** Normalises what the user typed and asks the server who it is. */
  'instances.preview': capability<InstancePreview>()(instanceInputSchema),
  /** Whether tokens can be kept encrypted by the OS. */
  'vault.status': capability<VaultStatus>()(noInput),

  /** Registers the app if needed and opens the authorize page in the system browser. */
  'signIn.start': capability<SignInStarted>()(signInStartSchema),
  /** Waits for the browser to come back (loopback), exchanges the code, stores the account. */
  'signIn.finish': capability<AccountSummary>()(flowIdSchema),
  /** Completes an out-of-band flow with the code the user pasted. */
  'signIn.submitCode': capability<AccountSummary>()(submitCodeSchema),
  'signIn.cancel': capability<undefined>()(flowIdSchema),

  'accounts.list': capability<AccountSummary[]>()(noInput),
  /** The account's token for this run, held in renderer memory only. */
  'accounts.token': capability<AccountToken>()(accountIdSchema),
  /** Revokes the token on the server (best effort) and forgets the account locally. */
  'accounts.signOut': capability<AccountSummary[]>()(accountIdSchema),
  'accounts.reorder': capability<AccountSummary[]>()(reorderSchema),
  'accounts.setDefault': capability<AccountSummary[]>()(accountIdSchema),
  /** The renderer saw a 401: the token was revoked elsewhere. */
  'accounts.markNeedsSignIn': capability<AccountSummary[]>()(accountIdSchema),

  'deck.load': capability<DeckLayout>()(noInput),
  'deck.save': capability<DeckLayout>()(deckLayoutSchema),

  /** Kept drafts, the most recently changed first. */
  'drafts.list': capability<Draft[]>()(noInput),
  /** Adds or replaces a draft (by id) and writes it to disk before answering. */
  'drafts.save': capability<Draft>()(draftSchema),
  /** Forgets a draft once it is published or thrown away. */
  'drafts.remove': capability<undefined>()(draftIdSchema),
};

export type Contract = typeof contract;
export type CapabilityName = keyof Contract;
export type CapabilityInput<K extends CapabilityName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CapabilityName> = z.output<Contract[K]['input']>;
export type CapabilityOutput<K extends CapabilityName> = Contract[K]['output'];

/** Host → renderer events and their payloads. */
export interface HostEvents {
  'settings.changed': Settings;
  'accounts.changed': AccountSummary[];
  /** A desktop notification was clicked; `tag` is what the renderer passed when it asked for it. */
  'notification.clicked': { tag: string | undefined };
  /** A newer version was downloaded in the background and installs on restart (packaged builds only). */
  'update.ready': { version: string };
}
export type HostEventName = keyof HostEvents;

type Group<K> = K extends `${infer G}.${string}` ? G : never;
type Method<K> = K extends `${string}.${infer M}` ? M : never;
type Call<K extends CapabilityName> = [CapabilityInput<K>] extends [undefined]
  ? () => Promise<HostResult<CapabilityOutput<K>>>
  : (input: CapabilityInput<K>) => Promise<HostResult<CapabilityOutput<K>>>;

/** `window.pouet`: `pouet.settings.update({...})` for the capability `settings.update`. */
export type PouetBridge = {
  [G in Group<CapabilityName>]: { [K in CapabilityName as Group<K> extends G ? Method<K> : never]: Call<K> };
} & {
  events: {
    on<E extends HostEventName>(event: E, listener: (payload: HostEvents[E]) => void): () => void;
  };
};
