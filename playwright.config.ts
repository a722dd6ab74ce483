import { defineConfig } from '@playwright/test';

// One artifacts folder per run (workers inherit the variable), so runs started side by side cannot delete
// each other's traces.
process.env['POUET_E2E_RUN'] ??= String(process.pid);

export default defineConfig({
  testDir: 'e2e/specs',
  globalSetup: './e2e/harness/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: `test-results/playwright-${process.env['POUET_E2E_RUN']}`,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
