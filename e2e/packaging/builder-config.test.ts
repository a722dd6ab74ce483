import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { builderSchema, hardenedFuses, loadBuilderConfig } from './builder-config';

/** electron-builder's own validation, minus its type coercion: a typo or a wrong type fails `npm test`. */
const validate = new Ajv({ allErrors: true, strict: false }).compile(builderSchema());
const errorsOf = (config: unknown) =>
  validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);

const config = loadBuilderConfig();
const section = (name: string) => config[name] as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("matches electron-builder's JSON schema", () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('would reject a misspelt option or a wrong type, so the schema check has teeth', () => {
    expect(errorsOf({ ...config, linx: { target: 'deb' } })).not.toEqual([]);
    expect(errorsOf({ ...config, nsis: { ...section('nsis'), oneclick: true } })).not.toEqual([]);
    expect(
      errorsOf({ ...config, electronFuses: { ...section('electronFuses'), runAsnode: false } }),
    ).not.toEqual([]);
    expect(errorsOf({ ...config, asar: 'yes' })).not.toEqual([]);
  });

  it('hardens the Electron binary with the fuses the security review asks for', () => {
    expect(config['electronFuses']).toMatchObject(hardenedFuses);
  });

  it('packs an explicit allowlist: the build output and package.json, never sources, maps or config', () => {
    const files = config['files'] as string[];
    const includes = files.filter((pattern) => !pattern.startsWith('!'));
    expect(includes.sort()).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(files).toContain('!**/*.{map,ts,mts,cts,tsx}');
    expect(config['asar']).toBe(true);
  });

  it('builds AppImage and deb with a desktop entry that handles pouet:// links', () => {
    const linux = section('linux');
    expect(linux['target']).toEqual(['AppImage', 'deb']);
    expect(linux['category']).toMatch(/^Network/);
    expect(linux['icon']).toBe('assets/icons');
    expect(linux['maintainer']).toMatch(/<[^>]+@[^>]+>/);
    expect(config['protocols']).toEqual([{ name: 'Pouet', schemes: ['pouet'] }]);
  });

  it('builds dmg and zip for both Mac architectures (the updater downloads the zip)', () => {
    const targets = section('mac')['target'] as { target: string; arch: string[] }[];
    for (const target of ['dmg', 'zip']) {
      expect(targets.find((t) => t.target === target)?.arch.sort()).toEqual(['arm64', 'x64']);
    }
  });

  it('installs per user on Windows, with shortcuts', () => {
    expect(section('nsis')).toMatchObject({
      oneClick: true,
      perMachine: false,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
    });
  });

  it("publishes to the project's GitHub releases, which the updater reads", () => {
    expect(config['publish']).toEqual({ provider: 'github', owner: 'pouet-app', repo: 'pouet' });
  });
});
