import { useMemo, type MouseEvent } from 'react';
import type { mastodon } from '../../mastodon';
import { acctFromUrl } from './EmojiHtml';
import { contentHtml, linkTarget, renderContent, type ContentLink } from './content-html';
import { useAnimate } from './motion';
import { openExternal } from './open-link';
import { useStatusNavigation, useStatusScope, type ProfileTarget } from './status-context';

type Status = mastodon.v1.Status;

function mentionTarget(
  post: Status,
  link: Extract<ContentLink, { kind: 'mention' }>,
): ProfileTarget | undefined {
  const mention = post.mentions.find((m) => m.url === link.url || (link.acct && m.acct === link.acct));
  if (mention) return { id: mention.id, acct: mention.acct, url: mention.url };
  const acct = link.acct ?? acctFromUrl(link.url);
  return acct ? { acct, url: link.url } : undefined;
}

/**
 * The post's HTML, sanitised with Mastodon's allowlist and with custom emoji. Clicks never navigate the
 * window: mentions open the profile and hashtags a column in the app, other links the system browser
 * (a middle click sends any link to the browser).
 */
export function StatusContent({ post, translation }: { post: Status; translation?: string | undefined }) {
  const animate = useAnimate();
  const scope = useStatusScope();
  const navigation = useStatusNavigation();
  const html = useMemo(
    () =>
      translation === undefined
        ? contentHtml(post, animate)
        : renderContent({ ...post, content: translation }, animate),
    [post, animate, translation],
  );
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'auxclick' && event.button !== 1) return;
    const target = linkTarget(link);
    if (!target) return;
    const reader = scope.accountId;
    if (event.type === 'click' && reader && target.kind === 'hashtag' && target.tag) {
      navigation.openHashtag(reader, target.tag);
      return;
    }
    if (event.type === 'click' && reader && target.kind === 'mention') {
      const profile = mentionTarget(post, target);
      if (profile) {
        navigation.openProfile(reader, profile);
        return;
      }
    }
    openExternal(target.url);
  };
  return (
    <div
      className={post.quote ? 'status-content status-content-quoting' : 'status-content'}
      lang={translation === undefined ? (post.language ?? undefined) : undefined}
      dangerouslySetInnerHTML={{ __html: html }}
      onClick={onClick}
      onAuxClick={onClick}
    />
  );
}
