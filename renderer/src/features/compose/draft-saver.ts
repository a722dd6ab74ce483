import type { Draft } from './draft';
import { isBlank } from './draft';

export interface DraftSaverPorts {
  save(draft: Draft): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  /** A write failed; the saver tries again on the next change or flush. */
  onError?(error: unknown): void;
  /** A write succeeded after an error. */
  onSaved?(): void;
  /** Quiet time after the last keystroke before writing (default 400 ms). */
  delayMs?: number;
}

export interface DraftSaver {
  /** The draft changed: written shortly after typing pauses; a blank draft is removed instead. */
  changed(draft: Draft): void;
  /** Written now, whatever it holds (the user chose to keep it). */
  keep(draft: Draft): Promise<void>;
  /** Published or thrown away: any pending write is cancelled and the host forgets it. */
  discard(id: string): Promise<void>;
  /** Writes everything pending now (window closing, app quitting). */
  flush(): Promise<void>;
  /** Ids the host is known to hold, e.g. after restoring the list at start-up. */
  known(ids: Iterable<string>): void;
}

/**
 * Persists drafts through the host as the user types. Writes for one draft run in order (a removal never
 * overtakes a save), keystrokes are batched, and drafts that hold nothing are not written at all.
 */
export function createDraftSaver(ports: DraftSaverPorts): DraftSaver {
  const delay = ports.delayMs ?? 400;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const pending = new Map<string, Draft>();
  const chains = new Map<string, Promise<void>>();
  const onHost = new Set<string>();

  const enqueue = (id: string, write: () => Promise<unknown>): Promise<void> => {
    const next = (chains.get(id) ?? Promise.resolve()).then(write).then(
      () => ports.onSaved?.(),
      (error: unknown) => ports.onError?.(error),
    );
    chains.set(id, next);
    void next.finally(() => {
      if (chains.get(id) === next) chains.delete(id);
    });
    return next;
  };

  const writeNow = (draft: Draft): Promise<void> => {
    clearTimeout(timers.get(draft.id));
    timers.delete(draft.id);
    pending.delete(draft.id);
    if (isBlank(draft)) {
      if (!onHost.has(draft.id)) return chains.get(draft.id) ?? Promise.resolve();
      onHost.delete(draft.id);
      return enqueue(draft.id, () => ports.remove(draft.id));
    }
    onHost.add(draft.id);
    return enqueue(draft.id, () => ports.save(draft));
  };

  return {
    changed(draft) {
      pending.set(draft.id, draft);
      clearTimeout(timers.get(draft.id));
      timers.set(
        draft.id,
        setTimeout(() => void writeNow(draft), delay),
      );
    },
    keep(draft) {
      clearTimeout(timers.get(draft.id));
      timers.delete(draft.id);
      pending.delete(draft.id);
      onHost.add(draft.id);
      return enqueue(draft.id, () => ports.save(draft));
    },
    discard(id) {
      clearTimeout(timers.get(id));
      timers.delete(id);
      pending.delete(id);
      onHost.delete(id);
      return enqueue(id, () => ports.remove(id));
    },
    async flush() {
      await Promise.all([...pending.values()].map(writeNow));
      await Promise.all([...chains.values()]);
    },
    known(ids) {
      for (const id of ids) onHost.add(id);
    },
  };
}
