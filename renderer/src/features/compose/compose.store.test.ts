import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PouetBridge } from '../../../../electron/ipc/contract';
import type * as StoreModule from './compose.store';
import { newDraft, type Draft } from './draft';

/** The host's drafts, as the bridge would serve them. */
const disk = new Map<string, Draft>();
const bridge = {
  drafts: {
    list: async () => ({ ok: true, value: [...disk.values()].sort((a, b) => b.updatedAt - a.updatedAt) }),
    save: async (draft: Draft) => {
      disk.set(draft.id, draft);
      return { ok: true, value: draft };
    },
    remove: async ({ id }: { id: string }) => {
      disk.delete(id);
      return { ok: true, value: undefined };
    },
  },
} as unknown as PouetBridge;

let store: typeof StoreModule;
beforeAll(async () => {
  window.pouet = bridge;
  store = await import('./compose.store');
});
beforeEach(() => disk.clear());

const draft = (text: string, patch: Partial<Draft> = {}): Draft => ({
  ...newDraft('1@home.example'),
  text,
  ...patch,
});

describe('compose store', () => {
  it('restores the drafts that were open in a composer when Pouet stopped', async () => {
    const older = draft('older dock draft', { placement: 'dock', updatedAt: 1 });
    const dock = draft('latest dock draft', { placement: 'dock', updatedAt: 3 });
    const popout = draft('@bob a reply', { placement: 'popout', updatedAt: 2 });
    const saved = draft('kept for later', { placement: 'saved', updatedAt: 4 });
    for (const d of [older, dock, popout, saved]) disk.set(d.id, d);

    await store.draftsRestored();
    expect(store.slotDraft('dock')?.text).toBe('latest dock draft');
    expect(store.slotDraft('popout')?.text).toBe('@bob a reply');
  });

  it('saves what is typed through the host, and keeps a replaced draft instead of losing it', async () => {
    vi.useFakeTimers();
    try {
      const first = draft('');
      store.draftStarted('dock', first);
      store.draftEdited('dock', (d) => ({ ...d, text: 'words worth keeping' }));
      await vi.advanceTimersByTimeAsync(500);
      expect(disk.get(first.id)).toMatchObject({ text: 'words worth keeping', placement: 'dock' });

      const second = draft('something else');
      store.draftStarted('dock', second);
      await vi.advanceTimersByTimeAsync(500);
      expect(disk.get(first.id)).toMatchObject({ text: 'words worth keeping', placement: 'saved' });
      expect(disk.get(second.id)).toMatchObject({ placement: 'dock' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets a published draft and a discarded one', async () => {
    const d = draft('published soon');
    store.draftStarted('popout', d);
    await store.draftsFlushed();
    expect(disk.has(d.id)).toBe(true);
    await store.publishSucceeded(d.id, 'posted');
    expect(disk.has(d.id)).toBe(false);
    expect(store.slotDraft('popout')).toBeUndefined();

    const e = draft('thrown away');
    store.draftStarted('popout', e);
    await store.draftsFlushed();
    await store.draftDiscarded('popout');
    expect(disk.has(e.id)).toBe(false);
  });

  it('puts a draft away on request, written at once', async () => {
    const d = draft('for later');
    store.draftStarted('popout', d);
    await store.draftPutAway('popout');
    expect(disk.get(d.id)).toMatchObject({ text: 'for later', placement: 'saved' });
    expect(store.slotDraft('popout')).toBeUndefined();
  });
});
