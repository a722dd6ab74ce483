import { sanitizeHtml } from '../../lib/sanitize';
import type { mastodon } from '../../mastodon';
import { emojiMap, emojifyTextNodes } from './emoji';

type Status = mastodon.v1.Status;

/** What a link in a post points at, written on the `<a>` as data attributes for the click handler. */
export type ContentLink =
  | { kind: 'mention'; url: string; acct: string | undefined }
  | { kind: 'hashtag'; url: string; tag: string }
  | { kind: 'external'; url: string };

/**
 * Mastodon marks mentions `a.mention` and hashtags `a.mention.hashtag` (rel=tag); other servers are less
 * tidy, so a link whose text starts with `#` (or follows a `#`) is a hashtag too, as in Mastodon's web UI.
 */
function classify(link: HTMLAnchorElement, status: Status): ContentLink {
  const url = link.getAttribute('href') ?? '';
  const text = (link.textContent ?? '').trim();
  const before = link.previousSibling?.textContent ?? '';
  const hashtag =
    link.classList.contains('hashtag') ||
    (link.getAttribute('rel') ?? '').split(/\s+/).includes('tag') ||
    text.startsWith('#') ||
    before.endsWith('#');
  if (hashtag) {
    // The tag as the author wrote it (#OpenSource), which servers lowercase in `status.tags`.
    const name = text.replace(/^#/, '');
    const known = status.tags.find((tag) => tag.name.toLowerCase() === name.toLowerCase());
    return { kind: 'hashtag', url, tag: name || known?.name || '' };
  }
  const mention = status.mentions.find((m) => m.url === url);
  if (mention || link.classList.contains('mention')) return { kind: 'mention', url, acct: mention?.acct };
  return { kind: 'external', url };
}

function markLinks(root: DocumentFragment, status: Status): void {
  for (const link of root.querySelectorAll('a')) {
    if (!link.hasAttribute('href')) continue;
    const target = classify(link, status);
    link.dataset['link'] = target.kind;
    if (target.kind === 'hashtag') link.dataset['tag'] = target.tag;
    if (target.kind === 'mention' && target.acct) {
      link.dataset['acct'] = target.acct;
      link.title = `@${target.acct}`;
    }
    // Every other link shows where it really leads on hover (its text may say something else).
    if (target.kind === 'external') link.title = target.url;
  }
}

/** Reads back what `markLinks` wrote on a clicked link. */
export function linkTarget(link: HTMLAnchorElement): ContentLink | undefined {
  const url = link.getAttribute('href');
  if (!url) return undefined;
  const kind = link.dataset['link'];
  if (kind === 'hashtag') return { kind, url, tag: link.dataset['tag'] ?? '' };
  if (kind === 'mention') return { kind, url, acct: link.dataset['acct'] };
  return { kind: 'external', url };
}

/** Sanitised content → custom emoji in text nodes → links classified. The result is safe to set as HTML. */
export function renderContent(status: Status, animate: boolean): string {
  const fragment = sanitizeHtml(status.content);
  emojifyTextNodes(fragment, emojiMap(status.emojis, animate));
  markLinks(fragment, status);
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

const cache = new Map<string, string>();
const cacheLimit = 600;

/** `renderContent`, remembered per post version so virtualised rows do not sanitise again on every mount. */
export function contentHtml(status: Status, animate: boolean): string {
  const key = `${status.id}|${status.editedAt ?? ''}|${animate ? 1 : 0}|${status.content.length}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = renderContent(status, animate);
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return html;
}
