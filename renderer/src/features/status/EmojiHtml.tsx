import { useMemo, type MouseEvent } from 'react';
import { sanitizeHtml } from '../../lib/sanitize';
import { emojiMap, emojifyTextNodes, type CustomEmoji } from './emoji';
import { useAnimate } from './motion';
import { openExternal } from './open-link';
import { useStatusNavigation, useStatusScope } from './status-context';

/** `https://host/@user` (or `/users/user`) → `user@host`. */
export function acctFromUrl(url: string): string | undefined {
  try {
    const { host, pathname } = new URL(url);
    const user = /^\/(?:@|users\/)([\w.-]+)\/?$/.exec(pathname)?.[1];
    return user ? `${user}@${host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Sanitised HTML with the entity's custom emoji; every remaining link shows where it leads on hover. */
function render(html: string, emojis: readonly CustomEmoji[], animate: boolean): string {
  const fragment = sanitizeHtml(html);
  emojifyTextNodes(fragment, emojiMap(emojis, animate));
  for (const link of fragment.querySelectorAll('a[href]'))
    link.setAttribute('title', link.getAttribute('href')!);
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

interface Props {
  html: string;
  emojis: readonly CustomEmoji[];
  className?: string;
  /** A `<span>` (a profile field's value) rather than a `<div>`. */
  inline?: boolean;
}

/**
 * Remote HTML that is not a post (a profile's bio, a field's value): sanitised with Mastodon's allowlist,
 * with custom emoji; mentions open the profile and hashtags a column in the app, other links the browser.
 */
export function EmojiHtml({ html, emojis, className, inline = false }: Props) {
  const animate = useAnimate();
  const { accountId } = useStatusScope();
  const navigation = useStatusNavigation();
  const safe = useMemo(() => render(html, emojis, animate), [html, emojis, animate]);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const url = link?.getAttribute('href');
    if (!link || !url) return;
    event.preventDefault();
    if (event.type === 'auxclick' && event.button !== 1) return;
    const text = (link.textContent ?? '').trim();
    if (event.type === 'click' && accountId) {
      if (link.classList.contains('hashtag') || text.startsWith('#')) {
        navigation.openHashtag(accountId, text.replace(/^#/, ''));
        return;
      }
      const acct = link.classList.contains('mention') ? acctFromUrl(url) : undefined;
      if (acct) {
        navigation.openProfile(accountId, { acct, url });
        return;
      }
    }
    openExternal(url);
  };
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag
      className={className}
      dangerouslySetInnerHTML={{ __html: safe }}
      onClick={onClick}
      onAuxClick={onClick}
    />
  );
}
