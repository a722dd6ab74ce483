import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';

/** Packages a built bundle loads at run time: `from "zod"`, `import("electron-updater")`, `require("x")`. */
export function bareImports(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/\bfrom\s*["']([^"']+)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\bimport\s*["']([^"']+)["']/g),
    ...code.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1]!);
  const packages = specifiers
    // Prose in bundled strings ("counts from \"other servers\"") can look like an import: keep package names only.
    .filter((s) => /^(@[\w~-][\w.~-]*\/)?[\w~-][\w.~-]*(\/[\w.~/-]*)?$/.test(s))
    .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !isBuiltin(s) && s !== 'electron')
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
  return [...new Set(packages)].sort();
}

/** Where Node would find `name` from `fromDir`: the nearest node_modules/<name> up to the project. */
function resolvePackageDir(name: string, fromDir: string, projectDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === projectDir || dirname(dir) === dir) return undefined;
  }
}

/**
 * Every installed package the roots need at run time (dependencies and installed optional ones), as
 * `name@version`: what the node_modules part of an asar should hold, wherever electron-builder places it.
 */
export function runtimeClosure(roots: readonly string[], projectDir: string): string[] {
  const found = new Set<string>();
  const visit = (name: string, fromDir: string, isOptional: boolean) => {
    const dir = resolvePackageDir(name, fromDir, projectDir);
    if (!dir) {
      if (isOptional) return;
      throw new Error(
        `${name} is needed at run time but not installed (from ${relative(projectDir, fromDir)})`,
      );
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) return;
    found.add(key);
    const optional = manifest.optionalDependencies ?? {};
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir, dep in optional);
    for (const dep of Object.keys(optional)) visit(dep, dir, true);
  };
  for (const root of roots) visit(root, projectDir, false);
  return [...found].sort();
}
