import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const benchOut = resolve(import.meta.dirname, '../bench-results/build');

/**
 * Builds the production bundles into the benchmark's own folder (with a Vite manifest for the bundle
 * figures), so a concurrent build into `out/` cannot swap files under a running benchmark.
 * Returns the renderer folder.
 */
export function buildRenderer(): string {
  execFileSync(
    process.execPath,
    [
      'node_modules/electron-vite/bin/electron-vite.js',
      'build',
      '--config',
      'bench/electron-vite.bench.config.ts',
      '--outDir',
      benchOut,
      '--logLevel',
      'warn',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: resolve(import.meta.dirname, '..') },
  );
  return resolve(benchOut, 'renderer');
}
