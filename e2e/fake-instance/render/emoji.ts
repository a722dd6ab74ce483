import type { mastodon } from 'masto';
import { emojiUrl } from '../urls';
import type { World } from '../world';

const SHORTCODE = /:([a-zA-Z0-9_]{2,}):/g;

export function shortcodesIn(...texts: string[]): string[] {
  const found = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(SHORTCODE)) found.add(m[1]!);
  return [...found];
}

/** Custom emoji entities for the shortcodes used in some text (unknown codes stay plain text). */
export function renderEmojis(w: World, shortcodes: Iterable<string>): mastodon.v1.CustomEmoji[] {
  const out: mastodon.v1.CustomEmoji[] = [];
  for (const code of new Set(shortcodes)) {
    const e = w.store.customEmojis.find((c) => c.shortcode === code);
    if (!e) continue;
    const url = emojiUrl(w, e.shortcode);
    out.push({
      shortcode: e.shortcode,
      url,
      staticUrl: url,
      visibleInPicker: e.visibleInPicker,
      category: e.category,
    });
  }
  return out;
}
