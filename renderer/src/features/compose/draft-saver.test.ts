import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newDraft, type Draft } from './draft';
import { createDraftSaver } from './draft-saver';

let log: string[];
let failNext: boolean;
const ports = () => ({
  save: vi.fn(async (draft: Draft) => {
    await Promise.resolve();
    if (failNext) {
      failNext = false;
      throw new Error('disk full');
    }
    log.push(`save ${draft.id}:${draft.text}`);
  }),
  remove: vi.fn(async (id: string) => {
    await Promise.resolve();
    log.push(`remove ${id}`);
  }),
  onError: vi.fn(),
  onSaved: vi.fn(),
});

beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  failNext = false;
});
afterEach(() => vi.useRealTimers());

const typed = (text: string, base = newDraft('a')): Draft => ({ ...base, id: 'd', text });

describe('draft saver', () => {
  it('writes once typing pauses, with the latest text', async () => {
    const saver = createDraftSaver(ports());
    for (const text of ['B', 'Bo', 'Bon', 'Bonjour']) {
      saver.changed(typed(text));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(log).toEqual(['save d:Bonjour']);
  });

  it('flushes pending writes at once (window closing)', async () => {
    const saver = createDraftSaver(ports());
    saver.changed(typed('not yet written'));
    await saver.flush();
    expect(log).toEqual(['save d:not yet written']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toHaveLength(1);
  });

  it('does not write a draft that holds nothing, and removes one that was emptied', async () => {
    const saver = createDraftSaver(ports());
    saver.changed(typed(''));
    await vi.advanceTimersByTimeAsync(500);
    expect(log).toEqual([]);
    saver.changed(typed('hello'));
    await vi.advanceTimersByTimeAsync(500);
    saver.changed(typed(''));
    await vi.advanceTimersByTimeAsync(500);
    expect(log).toEqual(['save d:hello', 'remove d']);
  });

  it('keeps writes for one draft in order: a discard never overtakes a save', async () => {
    const saver = createDraftSaver(ports());
    saver.changed(typed('posted text'));
    const flushing = saver.flush();
    const discarding = saver.discard('d');
    await Promise.all([flushing, discarding]);
    expect(log).toEqual(['save d:posted text', 'remove d']);
  });

  it('cancels a pending write when the draft is discarded', async () => {
    const saver = createDraftSaver(ports());
    saver.changed(typed('thrown away'));
    await saver.discard('d');
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['remove d']);
  });

  it('writes a kept draft now, even a blank one the user chose to keep', async () => {
    const saver = createDraftSaver(ports());
    await saver.keep({ ...typed('for later'), placement: 'saved' });
    expect(log).toEqual(['save d:for later']);
  });

  it('reports a failed write and writes again on the next change', async () => {
    const p = ports();
    const saver = createDraftSaver(p);
    failNext = true;
    saver.changed(typed('first'));
    await vi.advanceTimersByTimeAsync(500);
    expect(p.onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
    saver.changed(typed('second'));
    await vi.advanceTimersByTimeAsync(500);
    expect(log).toEqual(['save d:second']);
    expect(p.onSaved).toHaveBeenCalled();
  });

  it('removes a restored draft once it is emptied', async () => {
    const saver = createDraftSaver(ports());
    saver.known(['d']);
    saver.changed(typed(''));
    await vi.advanceTimersByTimeAsync(500);
    expect(log).toEqual(['remove d']);
  });
});
