import type { CapabilityName } from './contract';

/** The capability names, without their schemas, for the preload (which must stay small and zod-free). */
export const capabilityNames = [
  'app.info',
  'app.restartToUpdate',
  'app.exploreDemo',
  'shell.openExternal',
  'notify.show',
  'app.setBadge',
  'settings.get',
  'settings.update',
  'instances.preview',
  'vault.status',
  'signIn.start',
  'signIn.finish',
  'signIn.submitCode',
  'signIn.cancel',
  'accounts.list',
  'accounts.token',
  'accounts.signOut',
  'accounts.reorder',
  'accounts.setDefault',
  'accounts.markNeedsSignIn',
  'deck.load',
  'deck.save',
  'drafts.list',
  'drafts.save',
  'drafts.remove',
] as const satisfies readonly CapabilityName[];

// A capability added to the contract but not listed here fails the typecheck.
type Missing = Exclude<CapabilityName, (typeof capabilityNames)[number]>;
export const everyCapabilityListed: [Missing] extends [never] ? true : Missing = true;

export const ipcChannel = (name: string): string => `pouet:${name}`;
export const ipcEventChannel = 'pouet:event';
