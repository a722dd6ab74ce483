/**
 * Re-takes the README's pictures from the production build: the demo deck, and the sign-in dialog showing
 * an instance. `npx electron-vite build && npx tsx scripts/readme-screenshots.ts`
 */
import { mkdir } from 'node:fs/promises';
import { startDemo } from '../e2e/demo/demo-session';
import { startFakeInstance } from '../e2e/fake-instance/index';
import { launchApp } from '../e2e/harness/app-harness';
import { launchChromium } from '../e2e/harness/browser';
import { serveRenderer } from '../e2e/harness/renderer-server';

await mkdir('assets/screenshots', { recursive: true });

const demo = await startDemo({ headless: true, port: 0 });
try {
  await demo.screenshot('assets/screenshots/deck.png');
} finally {
  await demo.stop();
}

const instance = await startFakeInstance({ port: 0, title: 'Piaille Town' });
const browser = await launchChromium();
const renderer = await serveRenderer();
const app = await launchApp({ browser, renderer, viewport: { width: 1280, height: 800 } });
try {
  const { page } = app;
  await page.getByRole('button', { name: 'Sign in to an instance' }).click();
  const field = page.getByLabel('Instance', { exact: true });
  await field.fill(instance.domain);
  await field.press('Enter');
  await page.getByRole('dialog').getByRole('article').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'assets/screenshots/sign-in.png' });
} finally {
  await app.close();
  await renderer.close();
  await browser.close();
  await instance.close();
}
console.log('wrote assets/screenshots/deck.png and sign-in.png');
