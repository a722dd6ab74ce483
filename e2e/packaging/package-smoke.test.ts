import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builderConfigPath, hardenedFuses, projectDir } from './builder-config';
import { bareImports, runtimeClosure } from './runtime-closure';
import { createStandInElectron } from './stand-in-electron';

/**
 * Packages the app for Linux with `--dir`, offline: the real electron-builder.yml, a stand-in Electron
 * distribution (`electronDist`) whose binary carries a fuse wire, into a temporary folder. Then reads the
 * asar back. `POUET_SKIP_BUILD=1` reuses an existing out/ (as the Playwright harness does).
 */
const run = promisify(execFile);
let work: string;
let appOutDir: string;
let asarFiles: string[];

async function runNode(args: string[], what: string): Promise<void> {
  try {
    await run(process.execPath, args, {
      cwd: projectDir,
      maxBuffer: 32 * 1024 * 1024,
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
        GH_TOKEN: '',
        GITHUB_TOKEN: '',
      },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    // The tail says what went wrong; the full child error object would bury it.
    const output = stripVTControlCharacters(`${stdout}\n${stderr}`).trim();
    throw new Error(`${what} failed:\n${output.slice(-4000)}`);
  }
}

/** Files under out/ (relative to the project), as the asar should list them. */
function builtFiles(dir = join(projectDir, 'out')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(path) : [relative(projectDir, path).split('\\').join('/')];
  });
}

beforeAll(async () => {
  if (!process.env['POUET_SKIP_BUILD'] || !existsSync(join(projectDir, 'out/main/index.js'))) {
    await runNode(['node_modules/electron-vite/bin/electron-vite.js', 'build'], 'npm run build');
  }
  work = await mkdtemp(join(tmpdir(), 'pouet-package-'));
  const electronDist = await createStandInElectron(join(work, 'electron'));
  // Only the stand-in Electron and the output folder differ from a real build; fuses stay on.
  const config = join(work, 'electron-builder.json');
  await writeFile(
    config,
    JSON.stringify({ extends: builderConfigPath, electronDist, directories: { output: join(work, 'dist') } }),
  );
  await runNode(
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      '--config',
      config,
      '--projectDir',
      projectDir,
    ],
    'electron-builder --dir',
  );
  appOutDir = join(work, 'dist/linux-unpacked');
  asarFiles = filesOf(listPackage(join(appOutDir, 'resources/app.asar'), { isPack: false }));
}, 110_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** listPackage names folders and files alike, as `/a/b`; keep the files, as `a/b`. */
function filesOf(entries: string[]): string[] {
  const paths = entries.map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
  const folders = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth++) folders.add(parts.slice(0, depth).join('/'));
  }
  return paths.filter((path) => !folders.has(path));
}

const readAsar = (path: string) => extractFile(join(appOutDir, 'resources/app.asar'), path).toString('utf8');

describe('Linux package (electron-builder --dir, offline)', () => {
  it('holds exactly the built app and package.json outside node_modules', () => {
    const appFiles = asarFiles.filter((path) => !path.startsWith('node_modules/'));
    const expected = builtFiles().filter((path) => !path.endsWith('.map'));
    expect(appFiles.sort()).toEqual([...expected, 'package.json'].sort());
  });

  it('holds exactly the packages the main process loads at run time, and what they need', () => {
    // Chunks split off by dynamic imports (the desktop demo) live in subfolders.
    const bundles = ['out/main', 'out/preload'].flatMap((dir) =>
      readdirSync(join(projectDir, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.c?js$/.test(file))
        .map((file) => readFileSync(join(projectDir, dir, file), 'utf8')),
    );
    const roots = [...new Set(bundles.flatMap(bareImports))];
    expect(roots).toContain('electron-updater');
    // A package is a node_modules/<name> (or <@scope/name>) folder; nested package.json files are not.
    const packaged = asarFiles
      .filter((path) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(path))
      .map((path) => JSON.parse(readAsar(path)) as { name: string; version: string })
      .map(({ name, version }) => `${name}@${version}`);
    expect([...new Set(packaged)].sort()).toEqual(runtimeClosure(roots, projectDir));
  });

  it('contains no sources, tests, maps or project config', () => {
    const forbidden = asarFiles.filter((path) =>
      /(\.map|\.tsx?|\.test\.[cm]?js|tsconfig.*\.json|electron-builder\.ya?ml|eslint\.config\.js|vitest\.config\.ts|package-lock\.json)$|^(electron|renderer|e2e|scripts|assets|reports|test-results)\//.test(
        path,
      ),
    );
    expect(forbidden).toEqual([]);
  });

  it("carries the app's package.json, with the entry point it names", () => {
    const packaged = JSON.parse(readAsar('package.json')) as Record<string, unknown>;
    const source = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const key of ['name', 'productName', 'desktopName', 'version', 'type', 'main', 'dependencies']) {
      expect(packaged[key], key).toEqual(source[key]);
    }
    expect(packaged).not.toHaveProperty('devDependencies');
    expect(packaged).not.toHaveProperty('scripts');
    expect(asarFiles).toContain(packaged['main']);
  });

  it('flips the fuses of electron-builder.yml in the executable', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'pouet'));
    const config = load(readFileSync(builderConfigPath, 'utf8')) as {
      electronFuses: Record<string, boolean>;
    };
    const on = '1'.charCodeAt(0);
    const off = '0'.charCodeAt(0);
    for (const [name, wanted] of Object.entries(hardenedFuses)) {
      const option = FuseV1Options[(name[0]!.toUpperCase() + name.slice(1)) as keyof typeof FuseV1Options];
      expect(config.electronFuses[name], name).toBe(wanted);
      expect(wire[option], name).toBe(wanted ? on : off);
    }
  });

  it("tells the packaged updater where the project's releases are", () => {
    const feed = load(readFileSync(join(appOutDir, 'resources/app-update.yml'), 'utf8'));
    expect(feed).toMatchObject({ provider: 'github', owner: 'pouet-app', repo: 'pouet' });
  });
});
