import type { TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { i18n } from './i18n';

/**
 * The app's `useTranslation`: react-i18next's, minus two costs that a deck of cards multiplies.
 * - Its hook copies every property of the i18next instance into a wrapper for each mounted component
 *   (Object.getOwnPropertyDescriptors), ~9 ms of a six-column startup with a dozen hooks per post.
 * - i18next's `t` resolves the key path, plural suffix and interpolation on every call, though a card asks
 *   for the same few dozen strings over and over: ~20 ms of that startup (bench/, "Startup").
 * Here every component reads one translator per language, whose results are remembered for calls without
 * options or with counts and flags only. Components re-render when the language changes, and `t` is a
 * new function then, so memos that depend on it recompute.
 */

/** Enough for every string of the catalogs with their common counts; beyond, start over. */
const remembered = 5_000;

type Fn = (...args: unknown[]) => unknown;

interface Translator {
  language: string;
  t: TFunction;
}

function translatorFor(language: string): Translator {
  const results = new Map<string, string>();
  const t = ((key: unknown, options?: unknown, ...rest: unknown[]) => {
    const id = rest.length === 0 && typeof key === 'string' ? cacheKey(key, options) : undefined;
    if (id === undefined) return (i18n.t as unknown as Fn).call(i18n, key, options, ...rest);
    const known = results.get(id);
    if (known !== undefined) return known;
    const text: unknown = i18n.t(key as never, options as never);
    if (typeof text !== 'string') return text; // returnObjects and the like: not remembered
    if (results.size >= remembered) results.clear();
    results.set(id, text);
    return text;
  }) as unknown as TFunction;
  return { language, t };
}

/** A key for a call whose result depends only on its arguments; undefined when it may not. */
function cacheKey(key: string, options: unknown): string | undefined {
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  let id = key;
  for (const [name, value] of Object.entries(options)) {
    // Counts repeat from post to post; names, times and texts mostly do not, and would only fill the memory.
    if (typeof value !== 'number' && typeof value !== 'boolean') return undefined;
    // \u0001 and \u0002 cannot occur in the catalogs' keys or option names.
    id += `\u0001${name}\u0002${String(value)}`;
  }
  return id;
}

// Before i18next has settled its language, `t` answers keys; the languageChanged of init replaces them.
let current = translatorFor(i18n.language ?? '');
const listeners = new Set<() => void>();
i18n.on('languageChanged', (language: string) => {
  current = translatorFor(language);
  listeners.forEach((listener) => listener());
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const snapshot = () => current;

/** `{ t, i18n }` for the interface language, as react-i18next's hook gives. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const { t } = useSyncExternalStore(subscribe, snapshot);
  return { t, i18n };
}
