import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/**
 * Remote HTML (status content, account notes, profile fields) is sanitised by the server that rendered it,
 * but remote and non-Mastodon servers differ, so we sanitise again with Mastodon's own allowlist
 * (`lib/sanitize_ext/sanitize_config.rb`, MASTODON_STRICT; FACTS.md §7).
 */
const allowedTags = [
  'p',
  'br',
  'span',
  'a',
  'del',
  's',
  'pre',
  'blockquote',
  'code',
  'b',
  'strong',
  'u',
  'i',
  'em',
  'ul',
  'ol',
  'li',
  'ruby',
  'rt',
  'rp',
];
/** Headings are let through the sanitiser only to be rewritten as `<p><strong>`, as Mastodon does. */
const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const allowedAttributes = ['href', 'rel', 'class', 'lang', 'translate', 'start', 'reversed', 'value'];
/** Mastodon's link protocols; anything else (javascript:, data:, relative URLs) loses its href. */
const allowedUri = /^(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|xmpp|magnet|gemini):/i;
/** Microformats and Mastodon's own classes; every other class is dropped. */
const allowedClass = /^(?:(?:h|p|u|dt|e)-[\w-]+|mention|hashtag|ellipsis|invisible|quote-inline)$/;

/** Which element may carry which attribute (DOMPurify's list is global, Mastodon's per element). */
const attributesByTag: Record<string, readonly string[]> = {
  a: ['href', 'rel', 'class', 'translate'],
  span: ['class', 'translate'],
  ol: ['start', 'reversed'],
  li: ['value'],
  p: ['class'],
};

let instance: Purifier | undefined;

function purifier(): Purifier {
  if (instance) return instance;
  // A dedicated instance: hooks are per instance, and global hooks would leak into other sanitisers.
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const tag = node.tagName.toLowerCase();
    const allowed = attributesByTag[tag] ?? [];
    for (const name of [...node.getAttributeNames()]) {
      if (name !== 'lang' && !allowed.includes(name)) node.removeAttribute(name);
    }
    const classes = node.getAttribute('class');
    if (classes !== null) {
      const kept = classes.split(/\s+/).filter((name) => allowedClass.test(name));
      if (kept.length > 0) node.setAttribute('class', kept.join(' '));
      else node.removeAttribute('class');
    }
    if (tag === 'a') node.setAttribute('rel', 'nofollow noopener noreferrer');
  });
  instance = purify;
  return purify;
}

/** `<h2>Title</h2>` → `<p><strong>Title</strong></p>`, on an already sanitised tree. */
function rewriteHeadings(root: DocumentFragment): void {
  for (const heading of root.querySelectorAll(headingTags.join(','))) {
    const doc = heading.ownerDocument;
    const paragraph = doc.createElement('p');
    const strong = doc.createElement('strong');
    strong.append(...heading.childNodes);
    paragraph.append(strong);
    const lang = heading.getAttribute('lang');
    if (lang) paragraph.setAttribute('lang', lang);
    heading.replaceWith(paragraph);
  }
}

/** Sanitises remote HTML into an inert fragment holding only Mastodon's allowlist. */
export function sanitizeHtml(html: string): DocumentFragment {
  const fragment = purifier().sanitize(html, {
    ALLOWED_TAGS: [...allowedTags, ...headingTags],
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: allowedUri,
    // DOMPurify checks every non-"URI-safe" attribute's value against the URI regexp: only href is a URI.
    ADD_URI_SAFE_ATTR: ['rel', 'lang', 'translate', 'start', 'reversed'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  rewriteHeadings(fragment);
  return fragment;
}

/** Sanitised HTML as a string (for `dangerouslySetInnerHTML`). */
export function sanitizeHtmlToString(html: string): string {
  const holder = document.createElement('div');
  holder.append(sanitizeHtml(html));
  return holder.innerHTML;
}
