import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);

test('`npm run demo -- --headless --screenshot` pictures a populated five-column deck', async () => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), 'pouet-demo-test-'));
  try {
    const file = join(dir, 'deck.png');
    // The suite's global setup already built the renderer; port 0 keeps it clear of a running demo.
    const { stdout } = await run(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'scripts/demo.ts',
        '--headless',
        '--screenshot',
        file,
        '--skip-build',
        '--port',
        '0',
      ],
      { timeout: 100_000 },
    );
    expect(stdout).toMatch(/signed in as\s+@alice@127\.0\.0\.1:\d+/);
    expect(stdout).toMatch(/signed in as\s+@bob@127\.0\.0\.1:\d+/);
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    // A blank or error screen compresses to a few kilobytes; a deck full of posts and pictures does not.
    expect(png.length).toBeGreaterThan(200_000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
