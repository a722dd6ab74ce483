import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { load } from 'js-yaml';

export const projectDir = resolve(import.meta.dirname, '../..');
export const builderConfigPath = join(projectDir, 'electron-builder.yml');

/** electron-builder.yml as electron-builder reads it (js-yaml). */
export function loadBuilderConfig(): Record<string, unknown> {
  return load(readFileSync(builderConfigPath, 'utf8')) as Record<string, unknown>;
}

/** The JSON schema electron-builder validates its configuration with, from the installed app-builder-lib. */
export function builderSchema(): object {
  const require = createRequire(join(projectDir, 'package.json'));
  const fromBuilder = createRequire(require.resolve('electron-builder'));
  const libDir = dirname(fromBuilder.resolve('app-builder-lib/package.json'));
  return JSON.parse(readFileSync(join(libDir, 'scheme.json'), 'utf8')) as object;
}

/**
 * The fuse policy installers must carry. @see FACTS.md §3 and
 * https://www.electronjs.org/docs/latest/tutorial/fuses
 */
export const hardenedFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const;
