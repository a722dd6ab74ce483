// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify needs a faithful NodeIterator (see sanitize.test.ts).
import { describe, expect, it } from 'vitest';
import { hostilePayloads } from '../test/hostile-payloads';
import { sanitizeHtml } from './sanitize';

/** What Mastodon's allowlist lets through (sanitize.ts), plus the headings it rewrites. */
const allowedTags = new Set(
  'p br span a del s pre blockquote code b strong u i em ul ol li ruby rt rp'
    .split(' ')
    .map((t) => t.toUpperCase()),
);
const allowedAttributes: Record<string, string[]> = {
  A: ['href', 'rel', 'class', 'translate', 'lang'],
  SPAN: ['class', 'translate', 'lang'],
  OL: ['start', 'reversed', 'lang'],
  LI: ['value', 'lang'],
  P: ['class', 'lang'],
};
const safeHref = /^(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|xmpp|magnet|gemini):/i;
const safeClass = /^(?:(?:h|p|u|dt|e)-[\w-]+|mention|hashtag|ellipsis|invisible|quote-inline)$/;

function problemsIn(fragment: DocumentFragment): string[] {
  const problems: string[] = [];
  for (const element of fragment.querySelectorAll('*')) {
    if (!allowedTags.has(element.tagName)) problems.push(`<${element.tagName.toLowerCase()}>`);
    const allowed = allowedAttributes[element.tagName] ?? ['lang'];
    for (const name of element.getAttributeNames()) {
      if (!allowed.includes(name)) problems.push(`${element.tagName.toLowerCase()}[${name}]`);
    }
    const href = element.getAttribute('href');
    if (href !== null && !safeHref.test(href)) problems.push(`href=${href}`);
    for (const name of (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean)) {
      if (!safeClass.test(name)) problems.push(`class=${name}`);
    }
    if (element.tagName === 'A' && element.getAttribute('rel') !== 'nofollow noopener noreferrer')
      problems.push('a without rel=nofollow noopener noreferrer');
  }
  return problems;
}

describe('the sanitizer against hostile content', () => {
  it('has a large, named corpus', () => {
    expect(hostilePayloads.length).toBeGreaterThanOrEqual(60);
    expect(new Set(hostilePayloads.map((payload) => payload.name)).size).toBe(hostilePayloads.length);
  });

  it.each(hostilePayloads)('$name leaves only Mastodon’s allowlist', ({ html }) => {
    const fragment = sanitizeHtml(html);
    expect(problemsIn(fragment)).toEqual([]);
    const holder = document.createElement('div');
    holder.append(fragment);
    // Nothing that could run or fetch survives, whatever the parser made of it.
    expect(holder.innerHTML).not.toMatch(
      /<(script|style|iframe|object|embed|img|svg|math|link|meta|base|form|input)\b/i,
    );
    expect(holder.innerHTML).not.toMatch(/\son\w+\s*=/i);
    expect(holder.innerHTML).not.toMatch(/javascript:|vbscript:|data:text/i);
  });

  it.each(hostilePayloads)('$name is stable: sanitising the output again changes nothing', ({ html }) => {
    const once = document.createElement('div');
    once.append(sanitizeHtml(html));
    const twice = document.createElement('div');
    twice.append(sanitizeHtml(once.innerHTML));
    expect(twice.innerHTML).toBe(once.innerHTML);
  });

  it('keeps the readable text of what it removes around', () => {
    const holder = document.createElement('div');
    holder.append(sanitizeHtml(`<p onclick="x()">click me</p><x-evil>custom</x-evil>`));
    expect(holder.textContent).toBe('click mecustom');
  });
});
