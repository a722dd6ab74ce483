import { formatStatusText, escapeHtml, shortenedLink } from '../format/status-html';
import { shortcodesIn } from '../render/emoji';
import type { AccountRecord } from '../store';
import { accountUrl, tagUrl } from '../urls';
import type { World } from '../world';

/** Text → the HTML, mentions, tags and emoji of a status, resolving mentions against known accounts. */
export function composeHtml(
  w: World,
  text: string,
  extraTags: string[] = [],
): { html: string; mentionIds: string[]; tags: string[]; emojiCodes: string[] } {
  const body = extraTags.length
    ? `${text}${text.trim() ? '\n\n' : ''}${extraTags.map((t) => `#${t.replace(/^#/, '')}`).join(' ')}`
    : text;
  const formatted = formatStatusText(body, {
    resolveMention: (username, domain) => {
      const a = w.store.accountByAcct(domain ? `${username}@${domain}` : username, w.domain);
      return a ? { id: a.id, username: a.username, url: accountUrl(w, a) } : undefined;
    },
    tagUrl: (name) => tagUrl(w, name),
  });
  const known = new Set(w.store.customEmojis.map((e) => e.shortcode));
  return { ...formatted, emojiCodes: shortcodesIn(body).filter((c) => known.has(c)) };
}

/** Tags and mentions found in ready-made HTML (admin injections that bypass the formatter). */
export function scanHtml(
  w: World,
  html: string,
): { mentionIds: string[]; tags: string[]; emojiCodes: string[] } {
  const mentionIds: string[] = [];
  for (const m of html.matchAll(/<a href="([^"]+)" class="u-url mention"/g)) {
    const a = [...w.store.accounts.values()].find((x) => accountUrl(w, x) === m[1]);
    if (a && !mentionIds.includes(a.id)) mentionIds.push(a.id);
  }
  const tags = [...html.matchAll(/class="mention hashtag" rel="tag">#<span>([^<]+)<\/span>/g)].map(
    (m) => m[1]!,
  );
  const known = new Set(w.store.customEmojis.map((e) => e.shortcode));
  return { mentionIds, tags, emojiCodes: shortcodesIn(html).filter((c) => known.has(c)) };
}

/** 4.5: a quote whose text lacks the quoted URL gets a hidden "RE:" paragraph for older clients. */
export function quoteInline(url: string): string {
  return `<p class="quote-inline">RE: ${shortenedLink(url)}</p>`;
}

export function plainParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br />')}</p>`)
    .join('');
}

export function displayHandle(a: AccountRecord): string {
  return a.domain ? `@${a.username}@${a.domain}` : `@${a.username}`;
}
