import { resolve } from 'node:path';
import type { Alias, Plugin } from 'vite';

/**
 * Module aliases of the renderer build, shared by electron-vite and vitest: masto's key conversion,
 * memoised (see renderer/src/mastodon/change-case-memo.ts) and without its allocations
 * (renderer/src/mastodon/transform-keys-fast.ts).
 * Paths are from the project root, where every build and test runs (like the rest of the config).
 */
export const rendererAliases: Alias[] = [
  {
    find: /^change-case$/,
    replacement: resolve('renderer/src/mastodon/change-case-memo.ts'),
  },
  {
    find: /^change-case-original$/,
    replacement: resolve('node_modules/change-case/dist/index.js'),
  },
];

/** masto imports its key walker relatively, which an alias cannot tell from any other `./transform-keys.js`. */
export const rendererPlugins: Plugin[] = [
  {
    name: 'pouet:masto-transform-keys',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './transform-keys.js' || !importer) return null;
      if (!/[\\/]masto[\\/]dist[\\/]adapters[\\/]serializers[\\/]/.test(importer)) return null;
      return resolve('renderer/src/mastodon/transform-keys-fast.ts');
    },
  },
];
