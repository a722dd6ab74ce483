/**
 * The one contract between the renderer and the host: named capabilities, each with a runtime schema for
 * its input and the type of its answer. Main binds it to ipcMain, the preload exposes it as `window.pouet`,
 * and the e2e harness binds the very same dispatcher into Chromium. The renderer imports types only.
 */
import { z } from 'zod';
import type { HostResult } from './result';
import type { AppInfo } from './types/app';
import type { SettingsPatch, Settings } from './types/settings';
import { settingsPatchSchema } from './types/settings';

/** Declares a capability: the schema validates input at runtime, `O` is the answer's type. */
function capability<O>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: undefined as unknown as O });
}

const noInput = z.undefined();

export const contract = {
  'app.info': capability<AppInfo>()(noInput),
  'shell.openExternal': capability<undefined>()(z.object({ url: z.string().min(1).max(8192) })),
  'settings.get': capability<Settings>()(noInput),
  'settings.update': capability<Settings>()(settingsPatchSchema satisfies z.ZodType<SettingsPatch>),
};

export type Contract = typeof contract;
export type CapabilityName = keyof Contract;
export type CapabilityInput<K extends CapabilityName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CapabilityName> = z.output<Contract[K]['input']>;
export type CapabilityOutput<K extends CapabilityName> = Contract[K]['output'];

/** Host → renderer events and their payloads. */
export interface HostEvents {
  'settings.changed': Settings;
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
