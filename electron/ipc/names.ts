import type { CapabilityName } from './contract';

/** The capability names, without their schemas, for the preload (which must stay small and zod-free). */
export const capabilityNames = [
  'app.info',
  'shell.openExternal',
  'settings.get',
  'settings.update',
] as const satisfies readonly CapabilityName[];

// A capability added to the contract but not listed here fails the typecheck.
type Missing = Exclude<CapabilityName, (typeof capabilityNames)[number]>;
export const everyCapabilityListed: [Missing] extends [never] ? true : Missing = true;

export const ipcChannel = (name: string): string => `pouet:${name}`;
export const ipcEventChannel = 'pouet:event';
