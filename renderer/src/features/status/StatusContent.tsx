import { useMemo, type MouseEvent } from 'react';
import type { mastodon } from '../../mastodon';
import { contentHtml, linkTarget } from './content-html';
import { useAnimate } from './motion';
import { openExternal } from './open-link';

/**
 * The post's HTML, sanitised with Mastodon's allowlist and with custom emoji. Clicks on links never navigate
 * the window: everything opens in the system browser (mentions and hashtags are marked for the in-app
 * profile and tag views to come).
 */
export function StatusContent({ post }: { post: mastodon.v1.Status }) {
  const animate = useAnimate();
  const html = useMemo(() => contentHtml(post, animate), [post, animate]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault();
    if (event.type === 'auxclick' && event.button !== 1) return;
    const target = linkTarget(link);
    if (target) openExternal(target.url);
  };
  return (
    <div
      className={post.quote ? 'status-content status-content-quoting' : 'status-content'}
      lang={post.language ?? undefined}
      dangerouslySetInnerHTML={{ __html: html }}
      onClick={onClick}
      onAuxClick={onClick}
    />
  );
}
