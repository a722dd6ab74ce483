/**
 * Renders assets/icon.svg to the PNG sizes the packagers and the window need (assets/icons/<size>x<size>.png
 * and assets/icon.png), with the same Chromium the tests use, so no image toolchain is required.
 * Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { mkdir, readFile, copyFile } from 'node:fs/promises';
import { launchChromium } from '../e2e/harness/browser';

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = await readFile('assets/icon.svg', 'utf8');
await mkdir('assets/icons', { recursive: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: `assets/icons/${size}x${size}.png`, omitBackground: true });
  }
  await copyFile('assets/icons/512x512.png', 'assets/icon.png');
  console.log(`wrote ${sizes.length} icons to assets/icons/`);
} finally {
  await browser.close();
}
