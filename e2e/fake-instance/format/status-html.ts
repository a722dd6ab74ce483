/**
 * Plain text → HTML the way Mastodon's TextFormatter writes it: paragraphs, `<br />`, h-card mentions,
 * hashtag links, and links shortened with invisible/ellipsis spans.
 */
export interface MentionTarget {
  id: string;
  username: string;
  url: string;
}

export interface FormatContext {
  resolveMention(username: string, domain: string | null): MentionTarget | undefined;
  tagUrl(name: string): string;
}

export interface Formatted {
  html: string;
  mentionIds: string[];
  /** Hashtags as written (first spelling wins). */
  tags: string[];
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const URL_RE = /https?:\/\/[^\s<>"]+/y;
const MENTION_RE =
  /@([a-zA-Z0-9_]+(?:[a-zA-Z0-9_.-]*[a-zA-Z0-9_])?)(?:@([a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*(?::\d+)?))?/y;
const HASHTAG_RE = /#([\p{L}\p{N}_\p{M}·]*[\p{L}_\p{M}][\p{L}\p{N}_\p{M}·]*)/uy;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function shortenedLink(url: string): string {
  const prefix = /^(https?:\/\/(www\.)?|xmpp:)/.exec(url)?.[0] ?? '';
  const rest = url.slice(prefix.length);
  const display = rest.slice(0, 30);
  const suffix = rest.slice(30);
  const cut = rest.length > 30;
  return (
    `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no">` +
    `<span class="invisible">${escapeHtml(prefix)}</span>` +
    `<span class="${cut ? 'ellipsis' : ''}">${escapeHtml(display)}</span>` +
    `<span class="invisible">${escapeHtml(suffix)}</span></a>`
  );
}

export function mentionHtml(m: MentionTarget): string {
  return `<span class="h-card" translate="no"><a href="${escapeHtml(m.url)}" class="u-url mention">@<span>${escapeHtml(m.username)}</span></a></span>`;
}

export function hashtagHtml(url: string, name: string): string {
  return `<a href="${escapeHtml(url)}" class="mention hashtag" rel="tag">#<span>${escapeHtml(name)}</span></a>`;
}

function trimUrl(url: string): string {
  let u = url;
  while (/[.,;:!?'")\]]$/.test(u)) {
    // Keep a closing parenthesis that belongs to the URL (Wikipedia-style).
    if (u.endsWith(')') && (u.match(/\(/g)?.length ?? 0) >= (u.match(/\)/g)?.length ?? 0)) break;
    u = u.slice(0, -1);
  }
  return u;
}

/** Turns one line of text into inline HTML. */
function formatInline(line: string, ctx: FormatContext, out: Formatted): string {
  let html = '';
  let plain = '';
  const flush = (): void => {
    html += escapeHtml(plain);
    plain = '';
  };
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    const prev = i > 0 ? line[i - 1]! : '';
    if (ch === 'h' && !WORD_CHAR.test(prev)) {
      URL_RE.lastIndex = i;
      const m = URL_RE.exec(line);
      if (m) {
        const url = trimUrl(m[0]);
        flush();
        html += shortenedLink(url);
        i += url.length;
        continue;
      }
    }
    if (ch === '@' && !WORD_CHAR.test(prev) && prev !== '/' && prev !== '@') {
      MENTION_RE.lastIndex = i;
      const m = MENTION_RE.exec(line);
      const target = m ? ctx.resolveMention(m[1]!, m[2] ?? null) : undefined;
      if (m && target) {
        flush();
        html += mentionHtml(target);
        if (!out.mentionIds.includes(target.id)) out.mentionIds.push(target.id);
        i += m[0].length;
        continue;
      }
    }
    if (ch === '#' && !WORD_CHAR.test(prev) && prev !== '&' && prev !== '/') {
      HASHTAG_RE.lastIndex = i;
      const m = HASHTAG_RE.exec(line);
      if (m) {
        const name = m[1]!;
        flush();
        html += hashtagHtml(ctx.tagUrl(name), name);
        if (!out.tags.some((t) => t.toLowerCase() === name.toLowerCase())) out.tags.push(name);
        i += m[0].length;
        continue;
      }
    }
    plain += ch;
    i++;
  }
  flush();
  return html;
}

export function formatStatusText(text: string, ctx: FormatContext): Formatted {
  const out: Formatted = { html: '', mentionIds: [], tags: [] };
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '');
  out.html = paragraphs
    .map(
      (p) =>
        `<p>${p
          .split('\n')
          .map((line) => formatInline(line, ctx, out))
          .join('<br />')}</p>`,
    )
    .join('');
  return out;
}
