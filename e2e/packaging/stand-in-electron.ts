import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker @electron/fuses looks for in an Electron binary. @see https://github.com/electron/fuses */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults for fuse wire v1, in FuseV1Options order: '1' on, '0' off. */
const defaultWire = '10110001';

/**
 * An unpacked "Electron distribution" for electron-builder's `electronDist`, so packaging runs offline. Its
 * `electron` is a tiny script carrying a real fuse wire, so electron-builder flips the fuses of
 * electron-builder.yml on it exactly as on a real binary, and the test can read them back.
 */
export async function createStandInElectron(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const binary = join(dir, 'electron');
  const body = `#!/bin/sh\necho "stand-in Electron for packaging tests"\nexit 1\n# ${fuseSentinel}\u0001\u0008${defaultWire}\n`;
  await writeFile(binary, body, 'latin1');
  await chmod(binary, 0o755);
  await writeFile(join(dir, 'LICENSE'), 'stand-in');
  return dir;
}
