/**
 * Renders assets/icon.svg with the same Chromium the tests use, so no image toolchain is required, into:
 * - assets/icons/<size>x<size>.png — the Linux icon set (hicolor sizes; electron-builder reads the names),
 * - assets/icon.png — the window icon (512 px),
 * - assets/icon.ico (Windows) and assets/icon.icns (macOS), packed from the same PNGs, so electron-builder
 *   copies them instead of downloading a converter.
 * Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { launchChromium } from '../e2e/harness/browser';
import { encodeIcns, encodeIco, icoSizes } from './icon-containers';

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const pngPath = (size: number) => `assets/icons/${size}x${size}.png`;
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
    await page.screenshot({ path: pngPath(size), omitBackground: true });
  }
} finally {
  await browser.close();
}

const pngs = new Map<number, Uint8Array>();
for (const size of sizes) pngs.set(size, new Uint8Array(await readFile(pngPath(size))));
const pngOfSize = (size: number) => {
  const png = pngs.get(size);
  if (!png) throw new Error(`no ${size}px rendering`);
  return png;
};
await copyFile(pngPath(512), 'assets/icon.png');
await writeFile('assets/icon.ico', encodeIco(icoSizes.map((size) => ({ size, png: pngOfSize(size) }))));
await writeFile('assets/icon.icns', encodeIcns(pngOfSize));
console.log(
  `wrote ${sizes.length} PNGs to assets/icons/, assets/icon.png, assets/icon.ico and assets/icon.icns`,
);
