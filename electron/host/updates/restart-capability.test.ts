import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHost } from '../host';
import { silentLogger } from '../log';
import type { HostPorts } from '../ports';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pouet-restart-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

function ports(restartToUpdate?: () => void): HostPorts {
  return {
    dataDir,
    cipher: {
      isProtected: async () => true,
      encrypt: async (plain) => new TextEncoder().encode(plain),
      decrypt: async (sealed) => new TextDecoder().decode(sealed),
    },
    openExternal: async () => undefined,
    notify: () => undefined,
    app: { name: 'Pouet', version: '0.1.0', shell: 'browser', platform: 'linux', demo: 'off' },
    log: () => silentLogger,
    ...(restartToUpdate ? { restartToUpdate } : {}),
  };
}

const app = { url: 'pouet://app/index.html' };

describe('app.restartToUpdate', () => {
  it('answers not_available where no updater exists (browser harness, tests)', async () => {
    const host = await createHost(ports(), () => undefined);
    const result = await host.dispatcher(['pouet://app'])('app.restartToUpdate', undefined, app);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_available' } });
    await host.close();
  });

  it("hands over to the shell's updater, from the app window only", async () => {
    const restart = vi.fn();
    const host = await createHost(ports(restart), () => undefined);
    const dispatch = host.dispatcher(['pouet://app']);
    expect(await dispatch('app.restartToUpdate', undefined, { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    expect(restart).not.toHaveBeenCalled();
    expect(await dispatch('app.restartToUpdate', undefined, app)).toEqual({ ok: true, value: undefined });
    expect(restart).toHaveBeenCalledOnce();
    await host.close();
  });
});
