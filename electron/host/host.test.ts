import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCipher, createTestPorts, PlatformRecorder } from '../../e2e/harness/test-ports';
import { startMiniMastodon } from './accounts/mini-mastodon.fixture';
import { createHost } from './host';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pouet-host-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const app = { url: 'pouet://app/index.html' };

describe('host.close', () => {
  it('answers the requests already made before closing, and leaves no write half done', async () => {
    const ports = createTestPorts({ dataDir, cipher: createTestCipher(), recorder: new PlatformRecorder() });
    const host = await createHost(ports, () => undefined);
    const dispatch = host.dispatcher(['pouet://app']);
    let answered = false;
    void dispatch('settings.update', { theme: 'dark' }, app).then(() => (answered = true));
    await host.close();
    expect(answered).toBe(true);
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const reopened = await createHost(ports, () => undefined);
    expect(reopened.settings.get()).toMatchObject({ theme: 'dark' });
    await reopened.close();
  });

  it('stops a sign-in waiting for the browser instead of waiting minutes for it', async () => {
    const instance = await startMiniMastodon();
    try {
      const ports = createTestPorts({
        dataDir,
        cipher: createTestCipher(),
        recorder: new PlatformRecorder(),
      });
      const host = await createHost(ports, () => undefined);
      const dispatch = host.dispatcher(['pouet://app']);
      const started = await dispatch('signIn.start', { instance: instance.url }, app);
      if (!started.ok) throw new Error(started.error.message);
      const { flowId } = started.value as { flowId: string };
      const finish = dispatch('signIn.finish', { flowId }, app);

      await host.close();
      expect(await finish).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    } finally {
      await instance.close();
    }
  });
});
