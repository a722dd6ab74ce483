import type { z } from 'zod';
import { moveAside, readFileIfExists, writeFileAtomic } from './atomic-file';
import type { Notice } from '../ipc/types/app';

export interface LoadedJson<T> {
  value: T;
  /** Set when the file existed but could not be used and was moved aside. */
  notice?: Notice;
}

/**
 * Reads a JSON file validated by `schema`. A missing file gives the defaults; an unreadable or invalid one
 * is moved aside (never silently overwritten) and reported, so the user can recover it.
 */
export async function loadJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  fallback: () => z.output<S>,
  label: string,
): Promise<LoadedJson<z.output<S>>> {
  const text = await readFileIfExists(path);
  if (text === undefined) return { value: fallback() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: fallback(), notice: await setAside(path, label) };
  }
  const result = schema.safeParse(parsed);
  if (!result.success) return { value: fallback(), notice: await setAside(path, label) };
  return { value: result.data };
}

async function setAside(path: string, label: string): Promise<Notice> {
  const keptAt = await moveAside(path);
  return {
    code: 'file_corrupt',
    message: `Your ${label} file could not be read, so Pouet started with defaults. The old file was kept at ${keptAt}.`,
    params: { label, path: keptAt },
  };
}

/** Serialises writes to one file so the last update always wins on disk. */
export function createJsonWriter(path: string): (value: unknown) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (value) => {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const next = queue.then(() => writeFileAtomic(path, text));
    queue = next.catch(() => undefined);
    return next;
  };
}
