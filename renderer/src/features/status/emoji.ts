import type { mastodon } from '../../mastodon';

export type CustomEmoji = mastodon.v1.CustomEmoji;

export type TextSegment = { kind: 'text'; text: string } | { kind: 'emoji'; shortcode: string; url: string };

/** Mastodon shortcodes: letters, digits and underscores, at least two. */
const shortcodePattern = /:([a-zA-Z0-9_]{2,}):/g;

/** Only http(s) images are drawn; anything else stays as the `:shortcode:` text. */
const isImageUrl = (url: string) => /^https?:\/\//i.test(url);

/** The entity's own emoji, keyed by shortcode, picking the static image when motion is reduced. */
export function emojiMap(emojis: readonly CustomEmoji[], animate: boolean): Map<string, string> {
  const map = new Map<string, string>();
  for (const emoji of emojis) {
    const url = animate ? emoji.url : emoji.staticUrl || emoji.url;
    if (isImageUrl(url)) map.set(emoji.shortcode, url);
  }
  return map;
}

/** Splits plain text (display names, content warnings, poll options) into text and custom emoji. */
export function splitEmoji(text: string, emojis: Map<string, string>): TextSegment[] {
  if (emojis.size === 0 || !text.includes(':')) return text ? [{ kind: 'text', text }] : [];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(shortcodePattern)) {
    const shortcode = match[1]!;
    const url = emojis.get(shortcode);
    if (!url) continue;
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push({ kind: 'emoji', shortcode, url });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/**
 * Replaces `:shortcode:` in the text nodes of sanitised content by `<img class="emoji">`, never touching
 * markup or attributes, nor code blocks.
 */
export function emojifyTextNodes(root: Node, emojis: Map<string, string>): void {
  if (emojis.size === 0) return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('code, pre')) continue;
    if (node.nodeValue?.includes(':')) texts.push(node as Text);
  }
  for (const node of texts) {
    const segments = splitEmoji(node.nodeValue ?? '', emojis);
    if (!segments.some((segment) => segment.kind === 'emoji')) continue;
    node.replaceWith(
      ...segments.map((segment) => {
        if (segment.kind === 'text') return doc.createTextNode(segment.text);
        const img = doc.createElement('img');
        img.className = 'emoji';
        img.src = segment.url;
        img.alt = `:${segment.shortcode}:`;
        img.title = `:${segment.shortcode}:`;
        img.draggable = false;
        return img;
      }),
    );
  }
}
