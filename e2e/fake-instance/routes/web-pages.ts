import { escapeHtml } from '../format/status-html';
import { html, type Reply } from '../http/reply';
import { canSee } from '../policy/visibility';
import { PUBLIC, type Router } from '../router';
import { avatarUrl } from '../urls';
import type { RequestContext } from '../request-context';

/** Minimal public web pages, so links opened in a browser (profiles, posts, tags) land somewhere real. */

function page(title: string, body: string): Reply {
  return html(
    200,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1c1d26}img.avatar{width:64px;height:64px;border-radius:8px}article{border-bottom:1px solid #ddd;padding:1rem 0}</style>
</head><body>${body}</body></html>`,
  );
}

function profile(ctx: RequestContext): Reply {
  const w = ctx.world;
  const a = w.store.accountByAcct(ctx.param('acct').replace(/^@/, ''), w.domain);
  if (!a) return html(404, '<h1>Not found</h1>');
  const posts = [...w.store.statusesDesc()]
    .filter((s) => s.accountId === a.id && !s.reblogOfId && canSee(w, null, s))
    .slice(0, 20);
  return page(
    `${a.displayName} (@${a.username})`,
    `<header><img class="avatar" src="${avatarUrl(w, a)}" alt=""><h1>${escapeHtml(a.displayName)}</h1><p>@${escapeHtml(a.username)}</p>${a.noteHtml}</header>` +
      posts
        .map(
          (s) =>
            `<article>${s.spoilerText ? `<p><strong>CW: ${escapeHtml(s.spoilerText)}</strong></p>` : ''}${s.html}</article>`,
        )
        .join(''),
  );
}

export function registerWebPageRoutes(r: Router): void {
  r.get('/', PUBLIC, (ctx) => {
    const w = ctx.world;
    const accounts = w.store
      .localAccounts()
      .map(
        (a) =>
          `<li><a href="/@${a.username}">@${escapeHtml(a.username)}</a> ${escapeHtml(a.displayName)}</li>`,
      );
    return page(
      w.title,
      `<h1>${escapeHtml(w.title)}</h1><p>A fake Mastodon 4.5 server for tests and demos.</p><ul>${accounts.join('')}</ul>`,
    );
  });
  r.get('/tags/:tag', PUBLIC, (ctx) => {
    const w = ctx.world;
    const tag = ctx.param('tag').toLowerCase();
    const posts = [...w.store.statusesDesc()]
      .filter((s) => s.visibility === 'public' && s.tags.some((t) => t.toLowerCase() === tag))
      .slice(0, 20);
    return page(
      `#${tag}`,
      `<h1>#${escapeHtml(tag)}</h1>${posts.map((s) => `<article>${s.html}</article>`).join('')}`,
    );
  });
  r.get('/:acct', PUBLIC, (ctx) =>
    ctx.param('acct').startsWith('@') ? profile(ctx) : html(404, '<h1>Not found</h1>'),
  );
  r.get('/:acct/:id', PUBLIC, (ctx) => {
    const w = ctx.world;
    const s = w.store.status(ctx.param('id'));
    if (!ctx.param('acct').startsWith('@') || !s || !canSee(w, null, s))
      return html(404, '<h1>Not found</h1>');
    const a = w.store.account(s.accountId)!;
    return page(
      `${a.displayName}: post`,
      `<article><p><strong>${escapeHtml(a.displayName)}</strong> @${escapeHtml(a.username)}</p>${s.html}</article>`,
    );
  });
}
