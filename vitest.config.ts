import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { rendererAliases } from './renderer.aliases.config';

// Host services, the fake instance and packaging run in Node; renderer logic in happy-dom.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'host', include: ['electron/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'fake-instance',
          include: ['e2e/fake-instance/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['e2e/fake-instance/test/node-polyfills.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // Builds the app and packages it offline with electron-builder (--dir), then checks the asar.
        test: {
          name: 'packaging',
          include: ['e2e/packaging/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The benchmarks' pure parts (statistics, budgets, report); the benchmarks themselves run with `npm run bench`.
        test: { name: 'bench', include: ['bench/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [react()],
        resolve: { alias: rendererAliases },
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
