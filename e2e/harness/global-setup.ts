import { execFileSync } from 'node:child_process';

/** The tests run against the production build, so build it first (a few seconds). */
export default function globalSetup(): void {
  if (process.env['POUET_SKIP_BUILD']) return;
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    stdio: 'inherit',
  });
}
