import type { TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { i18n } from './i18n';

/**
 * The app's `useTranslation`: react-i18next's, minus two costs that a deck of cards multiplies.
 * - Its hook copies every property of the i18next instance into a wrapper for each mounted component
 *   (Object.getOwnPropertyDescriptors), ~9 ms of a six-column startup with a dozen hooks per post.
 * - i18next's `t` resolves the key path and options on every call, though a card asks for the same few
 *   dozen strings over and over: ~20 ms of that startup (bench/, "Startup").
 * Here every component reads one translator per language, which remembers the strings asked for without
 * options (most of a card's labels). Components re-render when the language changes, and `t` is a
 * new function then, so memos that depend on it recompute.
 */

/** More than the catalogs' keys; a guard against keys built at run time. */
const remembered = 2_000;

type Fn = (...args: unknown[]) => unknown;

/** A `t` for the current language (a new one, with nothing remembered, for each language). */
function rememberingT(): TFunction {
  const results = new Map<string, string>();
  return ((key: unknown, ...rest: unknown[]) => {
    // Calls with options (counts, names, times) differ from post to post: remembering them only fills memory.
    if (typeof key !== 'string' || rest.length > 0) return (i18n.t as unknown as Fn).call(i18n, key, ...rest);
    const known = results.get(key);
    if (known !== undefined) return known;
    const text: unknown = i18n.t(key as never);
    if (typeof text !== 'string') return text; // an object (a key that names a section): not remembered
    if (results.size >= remembered) results.clear();
    results.set(key, text);
    return text;
  }) as unknown as TFunction;
}

// Before i18next has settled its language, `t` answers keys; the languageChanged of init replaces them.
let current = rememberingT();
const listeners = new Set<() => void>();
i18n.on('languageChanged', () => {
  current = rememberingT();
  listeners.forEach((listener) => listener());
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const snapshot = () => current;

/** `{ t, i18n }` for the interface language, as react-i18next's hook gives. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  return { t: useSyncExternalStore(subscribe, snapshot), i18n };
}
