import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { reactFloorDir } from './floor/floor-page';

export const benchOut = resolve(import.meta.dirname, '../bench-results/build');

/**
 * Builds the production bundles into the benchmark's own folder (with a Vite manifest for the bundle
 * figures), so a concurrent build into `out/` cannot swap files under a running benchmark.
 * Returns the renderer folder.
 */
export async function buildRenderer(): Promise<string> {
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
  const renderer = resolve(benchOut, 'renderer');
  await buildReactFloor(resolve(renderer, reactFloorDir));
  return renderer;
}

/** The React floor page's script (bench/floor/react-floor.tsx), minified like the app's. */
async function buildReactFloor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      rollupOptions: {
        input: resolve(import.meta.dirname, 'floor/react-floor.tsx'),
        output: { entryFileNames: 'react-floor.js' },
      },
    },
  });
}
