import { resolve } from 'node:path';
import type { Alias } from 'vite';

/**
 * Module aliases of the renderer build, shared by electron-vite and vitest: masto's key conversion,
 * memoised (see renderer/src/mastodon/change-case-memo.ts).
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
