import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ScenarioResult } from '../context';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const kb = (bytes: number) => bytes / 1024;

/** A readable name for a lazy chunk from the module it was split at. */
const nameOf = (key: string) => key.replace(/^(\.\.\/)*node_modules\//, '').replace(/^src\//, '') || key;

/**
 * Bundle: gzip size of the JavaScript needed to start — the entry chunk, what it imports statically, and
 * anything else the page actually fetched before the deck was painted (from the startup scenario) — and the
 * chunks left to load on demand.
 */
export async function bundleScenario(
  rendererDir: string,
  loadedAtStartup: readonly string[],
): Promise<ScenarioResult> {
  const manifest = JSON.parse(await readFile(join(rendererDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const beyondStatic = loadedAtStartup
    .map((path) => path.replace(/^\//, ''))
    .filter((file) => !initial.has(file));
  for (const file of beyondStatic) initial.add(file);

  const gzip = async (file: string) => gzipSync(await readFile(join(rendererDir, file)), { level: 9 }).length;
  let initialBytes = 0;
  for (const file of initial) if (file.endsWith('.js')) initialBytes += await gzip(file);
  const lazy: { name: string; file: string; gzipKb: number }[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (initial.has(chunk.file) || !chunk.file.endsWith('.js')) continue;
    lazy.push({ name: nameOf(key), file: chunk.file, gzipKb: kb(await gzip(chunk.file)) });
  }
  lazy.sort((a, b) => b.gzipKb - a.gzipKb);
  const lazyKb = lazy.reduce((sum, chunk) => sum + chunk.gzipKb, 0);

  return {
    figures: [
      {
        scenario: 'Bundle',
        label: 'Initial JavaScript (gzip)',
        value: kb(initialBytes),
        unit: 'KB',
        detail: `${initial.size} file(s)${beyondStatic.length ? `, ${beyondStatic.length} fetched at startup beyond the static graph` : ''}`,
        budget: 'bundle.initialGzip',
      },
      {
        scenario: 'Bundle',
        label: 'Loaded on demand (gzip)',
        value: lazyKb,
        unit: 'KB',
        detail: lazy
          .slice(0, 6)
          .map((chunk) => `${chunk.name} ${chunk.gzipKb.toFixed(0)}`)
          .join(', '),
      },
    ],
    data: { initial: [...initial], lazy },
  };
}
