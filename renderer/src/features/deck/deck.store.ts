import { create } from 'zustand';
import type { DeckLayout } from '../../../../electron/ipc/types/deck';
import { host, unwrap } from '../../lib/host';
import * as ops from './layout';

/**
 * The renderer's mirror of the deck layout kept by the host (deck.json). Every change applies at once and
 * is saved shortly after, batched so dragging or reading does not write the file on every event.
 */
interface DeckState {
  layout: DeckLayout | undefined;
  saveError: string | undefined;
}

const useDeckStore = create<DeckState>()(() => ({ layout: undefined, saveError: undefined }));

let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** Only changes made here are written back: the host's copy is never overwritten with what it sent us. */
let dirty = false;
const saveDelayMs = 300;

function change(apply: (layout: DeckLayout) => DeckLayout): void {
  const current = useDeckStore.getState().layout;
  if (!current) return;
  const next = apply(current);
  if (next === current) return;
  useDeckStore.setState({ layout: next });
  dirty = true;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void flushDeck(), saveDelayMs);
}

/** Writes the pending layout now (also called when the window is about to close). */
export async function flushDeck(): Promise<void> {
  clearTimeout(saveTimer);
  const layout = useDeckStore.getState().layout;
  if (!layout || !dirty) return;
  dirty = false;
  try {
    await unwrap(host().deck.save(layout));
    useDeckStore.setState({ saveError: undefined });
  } catch (error) {
    dirty = true;
    useDeckStore.setState({ saveError: error instanceof Error ? error.message : String(error) });
  }
}

let loading: Promise<void> | undefined;

/** Loads the layout from the host once: the first screen's prefetch and the deck both ask for it. */
export function deckLoaded(): Promise<void> {
  loading ??= unwrap(host().deck.load()).then(
    (layout) => useDeckStore.setState({ layout }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The columns on screen once the layout is loaded, for work that starts before React renders them. */
export const loadedWorkspace = () => {
  const { layout } = useDeckStore.getState();
  return layout ? ops.activeWorkspace(layout) : undefined;
};

export const useDeckLayout = () => useDeckStore((s) => s.layout);
export const useDeckSaveError = () => useDeckStore((s) => s.saveError);
export const useActiveWorkspace = () =>
  useDeckStore((s) => (s.layout ? ops.activeWorkspace(s.layout) : undefined));

export const columnAdded = (column: ops.NewColumn) => change((l) => ops.columnAdded(l, column));
export const columnRemoved = (id: string) => change((l) => ops.columnRemoved(l, id));
export const columnMoved = (id: string, toIndex: number) => change((l) => ops.columnMoved(l, id, toIndex));
export const columnResized = (id: string, width: Parameters<typeof ops.columnResized>[2]) =>
  change((l) => ops.columnResized(l, id, width));
export const columnOptionsChanged = (id: string, options: Parameters<typeof ops.columnOptionsChanged>[2]) =>
  change((l) => ops.columnOptionsChanged(l, id, options));
export const columnRead = (id: string, lastReadId: string) =>
  change((l) => ops.columnRead(l, id, lastReadId));
export const workspaceAdded = (name: string) => change((l) => ops.workspaceAdded(l, name));
export const workspaceRenamed = (id: string, name: string) =>
  change((l) => ops.workspaceRenamed(l, id, name));
export const workspaceRemoved = (id: string) => change((l) => ops.workspaceRemoved(l, id));
export const workspaceActivated = (id: string) => change((l) => ops.workspaceActivated(l, id));
/** The first account signed in on an empty deck gets starter columns, so the deck is never empty after. */
export const accountSignedIn = (accountId: string) =>
  change((l) =>
    l.workspaces.every((w) => w.columns.length === 0)
      ? ops.starterColumns(accountId).reduce((acc, c) => ops.columnAdded(acc, c), l)
      : l,
  );
export const accountColumnsRemoved = (accountId: string) =>
  change((l) => ops.accountColumnsRemoved(l, accountId));

if (typeof window !== 'undefined') window.addEventListener('beforeunload', () => void flushDeck());
