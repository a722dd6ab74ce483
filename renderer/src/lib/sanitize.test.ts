// @vitest-environment jsdom
// happy-dom's NodeIterator stops after the current node is removed, so DOMPurify cannot be tested there.
import { describe, expect, it } from 'vitest';
import { sanitizeHtmlToString as clean } from './sanitize';

describe('sanitizeHtml (Mastodon allowlist)', () => {
  it('keeps Mastodon’s markup: paragraphs, mentions, hashtags, invisible/ellipsis link parts', () => {
    const html =
      '<p>Hi <span class="h-card" translate="no"><a href="https://x.social/@bob" class="u-url mention">@<span>bob</span></a></span> ' +
      '<a href="https://x.social/tags/cats" class="mention hashtag" rel="tag">#<span>cats</span></a> ' +
      '<a href="https://example.com/a/long/path" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="ellipsis">example.com/a/lo</span><span class="invisible">ng/path</span></a></p>';
    const out = clean(html);
    expect(out).toContain('class="u-url mention"');
    expect(out).toContain('class="mention hashtag"');
    expect(out).toContain('<span class="invisible">https://</span>');
    expect(out).toContain('<span class="h-card" translate="no">');
    expect(out).not.toContain('target=');
    expect(out).toContain('rel="nofollow noopener noreferrer"');
  });

  it('removes scripts, styles, iframes, forms and images entirely', () => {
    const out = clean(
      '<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="https://evil"></iframe><form><input></form><img src=x onerror=alert(1)><svg><script>alert(1)</script></svg>',
    );
    expect(out).toBe('<p>a</p>');
  });

  it('removes event handlers and inline styles', () => {
    const out = clean(
      '<p onclick="alert(1)" style="color:red" class="x">hi <b onmouseover="alert(1)">there</b></p>',
    );
    expect(out).toBe('<p>hi <b>there</b></p>');
  });

  it('drops javascript:, data: and vbscript: links but keeps the text', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'java\tscript:alert(1)',
    ]) {
      const out = clean(`<p><a href="${href}">click</a></p>`);
      expect(out, href).not.toContain('href');
      expect(out).toContain('click');
    }
  });

  it('keeps the fediverse’s link protocols', () => {
    for (const href of [
      'https://a.example/',
      'http://a.example/',
      'gemini://a.example/',
      'magnet:?xt=urn:btih:abc',
      'xmpp:me@a.example',
    ]) {
      expect(clean(`<a href="${href}">x</a>`), href).toContain(`href="${href.replace('&', '&amp;')}"`);
    }
  });

  it('filters classes to microformats and Mastodon’s own', () => {
    expect(clean('<span class="invisible evil h-card p-name">x</span>')).toBe(
      '<span class="invisible h-card p-name">x</span>',
    );
    expect(clean('<span class="evil">x</span>')).toBe('<span>x</span>');
  });

  it('allows attributes only where Mastodon does', () => {
    expect(clean('<ol start="3" reversed=""><li value="5">x</li></ol>')).toBe(
      '<ol start="3" reversed=""><li value="5">x</li></ol>',
    );
    expect(clean('<p start="3" lang="fr">x</p>')).toBe('<p lang="fr">x</p>');
    expect(clean('<b data-x="1" aria-label="y" id="z" title="t">x</b>')).toBe('<b>x</b>');
  });

  it('rewrites headings as bold paragraphs and unwraps other tags, keeping their text', () => {
    expect(clean('<h1>Title</h1><div>body <table><tr><td>cell</td></tr></table></div>')).toBe(
      '<p><strong>Title</strong></p>body cell',
    );
  });

  it('survives mutation-XSS classics', () => {
    const payloads = [
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<p><a href="https://ok.example/" onfocus="alert(1)" autofocus>x</a></p>',
    ];
    for (const payload of payloads) {
      const out = clean(payload);
      expect(out, payload).not.toMatch(/onerror|onfocus|javascript:|<img|<style|<math/i);
    }
  });
});
