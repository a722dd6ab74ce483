import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The real desktop app, when the Electron binary is installed. Found through electron/path.txt — never
 * `require('electron')`, which would start the binary download on Electron ≥ 42.
 */
function installedElectron(): string | undefined {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const electronBinary = installedElectron();

test('the desktop app starts and shows the empty deck', async () => {
  test.skip(
    !electronBinary,
    'Electron binary not installed (node_modules/electron/path.txt missing); run `npx install-electron` on a machine with internet',
  );
  const userData = await mkdtemp(join(tmpdir(), 'pouet-electron-'));
  const app = await electron.launch({
    executablePath: electronBinary,
    args: [resolve('out/main/index.js')],
    env: { ...process.env, POUET_USER_DATA_DIR: userData },
  });
  try {
    const window = await app.firstWindow();
    await expect(
      window.getByRole('heading', { name: /Welcome to Pouet|Bienvenue dans Pouet/ }),
    ).toBeVisible();
    const isolated = await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require);
    expect(isolated).toBe('undefined');
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
