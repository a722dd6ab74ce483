import type { z } from 'zod';
import { contract, type CapabilityName, type CapabilityOutput, type ParsedInput } from './contract';
import { HostError, type HostResult } from './result';
import { isTrustedSender } from './sender';

export type Handlers = {
  [K in CapabilityName]: (input: ParsedInput<K>) => Promise<CapabilityOutput<K>> | CapabilityOutput<K>;
};

export interface Sender {
  /** URL of the frame that sent the call; undefined when Electron no longer knows it (navigated away). */
  url: string | undefined;
}

export type Dispatch = (name: string, input: unknown, sender: Sender) => Promise<HostResult<unknown>>;

export interface DispatcherOptions {
  /** Origins (scheme://host[:port]) whose frames may call the host. */
  trustedOrigins: readonly string[];
  onUnexpectedError?: (name: string, error: unknown) => void;
}

const isCapability = (name: string): name is CapabilityName => Object.hasOwn(contract, name);

/** Checks the sender, validates the input against the contract, runs the handler, and wraps the outcome. */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  return async (name, rawInput, sender) => {
    try {
      if (!isTrustedSender(sender.url, options.trustedOrigins)) {
        throw new HostError('forbidden_sender', 'This request did not come from the Pouet window.');
      }
      if (!isCapability(name)) {
        throw new HostError('unknown_capability', `Pouet's host has no capability named "${name}".`);
      }
      const parsed = contract[name].input.safeParse(rawInput);
      if (!parsed.success) {
        throw new HostError('invalid_input', `Invalid request to ${name}: ${describeIssues(parsed.error)}`);
      }
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof HostError) return { ok: false, error: error.toShape() };
      options.onUnexpectedError?.(name, error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Something went wrong inside Pouet. The details are in the log.',
        },
      };
    }
  };
}

/** "url: Invalid URL; theme: expected one of …" — short enough for a toast, precise enough to act on. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
