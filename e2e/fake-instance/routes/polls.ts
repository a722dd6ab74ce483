import { notFound, ok } from '../http/reply';
import { list } from '../http/params';
import { canSee } from '../policy/visibility';
import { renderPoll } from '../render/poll';
import { optional, user, type Router } from '../router';
import { vote } from '../services/interactions';
import type { RequestContext } from '../request-context';

function pollView(ctx: RequestContext) {
  const w = ctx.world;
  const poll = w.store.polls.get(ctx.param('id'));
  const s = poll ? w.store.status(poll.statusId) : undefined;
  if (!poll || !s || !canSee(w, ctx.viewer?.id ?? null, s)) throw notFound();
  return ok(renderPoll(w, poll, ctx.viewer?.id ?? null, s.accountId));
}

export function registerPollRoutes(r: Router): void {
  r.get('/api/v1/polls/:id', optional('read:statuses'), pollView);
  r.post('/api/v1/polls/:id/votes', user('write:statuses'), (ctx) => {
    const choices = list(ctx.input, 'choices').map((c) => Number(c));
    vote(ctx.world, ctx.me.id, ctx.param('id'), choices);
    return pollView(ctx);
  });
}
