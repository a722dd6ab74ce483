import { favourite, reblog } from '../services/interactions';
import type { SeedContext } from './seed-context';

/** Favourites and boosts among the cast, plus counts from "other servers". */
export function seedEngagement(sc: SeedContext): void {
  const w = sc.w;
  const rng = sc.rng;
  const locals = [...sc.byName.values()].filter((a) => a.domain === null && !a.bot);
  for (const s of [...w.store.statuses.values()]) {
    if (s.reblogOfId || s.visibility === 'direct') continue;
    s.extraFavourites = rng.chance(0.6) ? rng.int(0, 60) : 0;
    s.extraReblogs = rng.chance(0.4) ? rng.int(0, 20) : 0;
    for (const fan of rng.sample(locals, rng.int(0, 3))) {
      if (fan.id === s.accountId) continue;
      try {
        favourite(w, fan.id, s.id, { at: sc.after(s.createdAt), silent: true });
      } catch {
        // Not visible to that account: skip.
      }
    }
  }
  // alice's own posts get fresh attention, so her notifications have favourites and boosts.
  const alice = sc.acc('alice');
  const hers = [...w.store.statuses.values()].filter(
    (s) => s.accountId === alice.id && !s.reblogOfId && s.visibility === 'public',
  );
  for (const s of hers) {
    for (const fan of ['bob', 'chloe', 'dmitri', 'lena@remote.example', 'marco@remote.example']) {
      if (rng.chance(0.7)) favourite(w, sc.acc(fan).id, s.id, { at: sc.after(s.createdAt), silent: true });
    }
    for (const booster of ['bob', 'emeka', 'nora@photos.example']) {
      if (rng.chance(0.4))
        reblog(w, sc.acc(booster).id, s.id, 'public', { at: sc.after(s.createdAt), silent: true });
    }
  }
}
