/**
 * Pure operations on the deck layout. The store applies them and saves the result through the host, so
 * every change is one function that can be tested alone.
 */
import type { Column, DeckLayout, Workspace } from '../../../../electron/ipc/types/deck';

export type NewColumn = Omit<Column, 'id' | 'width' | 'options' | 'params'> &
  Partial<Pick<Column, 'width' | 'options' | 'params'>>;

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export function activeWorkspace(layout: DeckLayout): Workspace {
  return layout.workspaces.find((w) => w.id === layout.activeWorkspaceId) ?? layout.workspaces[0]!;
}

function mapActive(layout: DeckLayout, change: (columns: Column[]) => Column[]): DeckLayout {
  const active = activeWorkspace(layout).id;
  return {
    ...layout,
    workspaces: layout.workspaces.map((w) => (w.id === active ? { ...w, columns: change(w.columns) } : w)),
  };
}

function mapColumn(layout: DeckLayout, columnId: string, change: (column: Column) => Column): DeckLayout {
  return {
    ...layout,
    workspaces: layout.workspaces.map((w) =>
      w.columns.some((c) => c.id === columnId)
        ? { ...w, columns: w.columns.map((c) => (c.id === columnId ? change(c) : c)) }
        : w,
    ),
  };
}

export function columnAdded(layout: DeckLayout, column: NewColumn, id = newId('col')): DeckLayout {
  const full: Column = { width: 'normal', options: {}, params: {}, ...column, id };
  return mapActive(layout, (columns) => [...columns, full]);
}

export function columnRemoved(layout: DeckLayout, columnId: string): DeckLayout {
  return {
    ...layout,
    workspaces: layout.workspaces.map((w) => ({ ...w, columns: w.columns.filter((c) => c.id !== columnId) })),
  };
}

/** Moves a column to `toIndex` within its workspace (clamped). */
export function columnMoved(layout: DeckLayout, columnId: string, toIndex: number): DeckLayout {
  return {
    ...layout,
    workspaces: layout.workspaces.map((w) => {
      const from = w.columns.findIndex((c) => c.id === columnId);
      if (from < 0) return w;
      const columns = [...w.columns];
      const [moving] = columns.splice(from, 1);
      columns.splice(Math.max(0, Math.min(columns.length, toIndex)), 0, moving!);
      return { ...w, columns };
    }),
  };
}

export const columnResized = (layout: DeckLayout, columnId: string, width: Column['width']) =>
  mapColumn(layout, columnId, (c) => ({ ...c, width }));

export const columnOptionsChanged = (layout: DeckLayout, columnId: string, options: Column['options']) =>
  mapColumn(layout, columnId, (c) => ({ ...c, options: { ...c.options, ...options } }));

/** Read markers only move forward: an older id (e.g. from a lagging callback) is ignored. */
export function columnRead(layout: DeckLayout, columnId: string, lastReadId: string): DeckLayout {
  return mapColumn(layout, columnId, (c) =>
    c.lastReadId && compareIds(c.lastReadId, lastReadId) >= 0 ? c : { ...c, lastReadId },
  );
}

/** Mastodon ids are strings that sort by length, then lexically. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function workspaceAdded(layout: DeckLayout, name: string, id = newId('ws')): DeckLayout {
  return { ...layout, activeWorkspaceId: id, workspaces: [...layout.workspaces, { id, name, columns: [] }] };
}

export const workspaceRenamed = (layout: DeckLayout, workspaceId: string, name: string): DeckLayout => ({
  ...layout,
  workspaces: layout.workspaces.map((w) => (w.id === workspaceId ? { ...w, name } : w)),
});

/** The last workspace cannot be removed; removing the active one activates its neighbour. */
export function workspaceRemoved(layout: DeckLayout, workspaceId: string): DeckLayout {
  if (layout.workspaces.length <= 1) return layout;
  const index = layout.workspaces.findIndex((w) => w.id === workspaceId);
  const workspaces = layout.workspaces.filter((w) => w.id !== workspaceId);
  const active =
    layout.activeWorkspaceId === workspaceId
      ? workspaces[Math.max(0, index - 1)]!.id
      : layout.activeWorkspaceId;
  return { ...layout, activeWorkspaceId: active, workspaces };
}

export const workspaceActivated = (layout: DeckLayout, workspaceId: string): DeckLayout =>
  layout.workspaces.some((w) => w.id === workspaceId)
    ? { ...layout, activeWorkspaceId: workspaceId }
    : layout;

/** After signing out, that account's columns go from every workspace. */
export const accountColumnsRemoved = (layout: DeckLayout, accountId: string): DeckLayout => ({
  ...layout,
  workspaces: layout.workspaces.map((w) => ({
    ...w,
    columns: w.columns.filter((c) => c.accountId !== accountId),
  })),
});

/** The columns a first account starts with, so a new user sees their world at once. */
export function starterColumns(accountId: string): NewColumn[] {
  return [
    { accountId, type: 'home' },
    { accountId, type: 'notifications' },
    { accountId, type: 'local' },
  ];
}
