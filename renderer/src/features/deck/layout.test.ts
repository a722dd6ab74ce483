import { describe, expect, it } from 'vitest';
import type { DeckLayout } from '../../../../electron/ipc/types/deck';
import {
  accountColumnsRemoved,
  activeWorkspace,
  columnAdded,
  columnMoved,
  columnOptionsChanged,
  columnRead,
  columnRemoved,
  columnResized,
  compareIds,
  workspaceActivated,
  workspaceAdded,
  workspaceRemoved,
} from './layout';

const empty = (): DeckLayout => ({
  version: 1,
  activeWorkspaceId: 'main',
  workspaces: [{ id: 'main', name: 'Main', columns: [] }],
});

function threeColumns(): DeckLayout {
  let layout = empty();
  layout = columnAdded(layout, { accountId: 'a', type: 'home' }, 'c1');
  layout = columnAdded(layout, { accountId: 'b', type: 'local' }, 'c2');
  layout = columnAdded(layout, { accountId: 'a', type: 'hashtag', params: { tags: ['cats'] } }, 'c3');
  return layout;
}

const ids = (layout: DeckLayout) => activeWorkspace(layout).columns.map((c) => c.id);

describe('deck layout', () => {
  it('adds columns at the end with defaults', () => {
    const layout = threeColumns();
    expect(ids(layout)).toEqual(['c1', 'c2', 'c3']);
    expect(activeWorkspace(layout).columns[0]).toMatchObject({ width: 'normal', options: {}, params: {} });
  });

  it('moves a column left and right, clamped to the ends', () => {
    expect(ids(columnMoved(threeColumns(), 'c3', 0))).toEqual(['c3', 'c1', 'c2']);
    expect(ids(columnMoved(threeColumns(), 'c1', 1))).toEqual(['c2', 'c1', 'c3']);
    expect(ids(columnMoved(threeColumns(), 'c1', 99))).toEqual(['c2', 'c3', 'c1']);
    expect(ids(columnMoved(threeColumns(), 'c2', -5))).toEqual(['c2', 'c1', 'c3']);
  });

  it('removes, resizes and sets options on one column only', () => {
    let layout = columnRemoved(threeColumns(), 'c2');
    expect(ids(layout)).toEqual(['c1', 'c3']);
    layout = columnResized(layout, 'c3', 'wide');
    layout = columnOptionsChanged(layout, 'c3', { hideBoosts: true });
    layout = columnOptionsChanged(layout, 'c3', { mediaOnly: true });
    expect(activeWorkspace(layout).columns[1]).toMatchObject({
      width: 'wide',
      options: { hideBoosts: true, mediaOnly: true },
    });
    expect(activeWorkspace(layout).columns[0]).toMatchObject({ width: 'normal', options: {} });
  });

  it('moves read markers forward only, comparing ids as Mastodon does', () => {
    expect(compareIds('99', '100')).toBeLessThan(0);
    expect(compareIds('110', '109')).toBeGreaterThan(0);
    let layout = columnRead(threeColumns(), 'c1', '100');
    layout = columnRead(layout, 'c1', '99');
    expect(activeWorkspace(layout).columns[0]!.lastReadId).toBe('100');
    layout = columnRead(layout, 'c1', '1000');
    expect(activeWorkspace(layout).columns[0]!.lastReadId).toBe('1000');
  });

  it('keeps workspaces separate and never removes the last one', () => {
    let layout = workspaceAdded(threeColumns(), 'Art', 'ws2');
    expect(layout.activeWorkspaceId).toBe('ws2');
    expect(ids(layout)).toEqual([]);
    layout = columnAdded(layout, { accountId: 'a', type: 'local' }, 'c9');
    layout = workspaceActivated(layout, 'main');
    expect(ids(layout)).toEqual(['c1', 'c2', 'c3']);
    layout = workspaceRemoved(layout, 'main');
    expect(layout.activeWorkspaceId).toBe('ws2');
    expect(ids(layout)).toEqual(['c9']);
    expect(workspaceRemoved(layout, 'ws2')).toBe(layout);
  });

  it('drops a signed-out account’s columns everywhere', () => {
    let layout = workspaceAdded(threeColumns(), 'Other', 'ws2');
    layout = columnAdded(layout, { accountId: 'a', type: 'home' }, 'c4');
    layout = accountColumnsRemoved(layout, 'a');
    expect(layout.workspaces.map((w) => w.columns.map((c) => c.id))).toEqual([['c2'], []]);
  });
});
