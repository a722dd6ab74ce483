import type { ColumnType } from '../../../../electron/ipc/types/deck';
import { compareIds, isNewer, newerId, type mastodon } from '../../mastodon';
import type { FeedRow } from './filters';

export type MarkerTimeline = mastodon.v1.MarkerTimeline;
export type MarkerItem = mastodon.v1.MarkerItem;

/**
 * Of the timelines, only home has a server marker; other columns keep a local last-read id (the deck's).
 * The notifications marker is features/notifications' (notifications.marker.ts).
 */
export function markerTimelineFor(type: ColumnType): MarkerTimeline | undefined {
  return type === 'home' ? 'home' : undefined;
}

/** Rows newer than the read position. Unknown position: nothing is counted (no "999 unread" on first run). */
export function unreadCount(rows: readonly FeedRow[], lastReadId: string | undefined): number {
  if (lastReadId === undefined) return 0;
  let count = 0;
  for (const row of rows) {
    if (row.item.kind !== 'gap' && compareIds(row.sortId, lastReadId) > 0) count++;
  }
  return count;
}

/** The read position moves forward only: the newest of what we knew, the server's, and what was just seen. */
export const readPosition = (...ids: (string | undefined)[]): string | undefined =>
  ids.reduce<string | undefined>((acc, id) => newerId(acc, id), undefined);

export interface MarkerSyncDeps {
  fetch(): Promise<MarkerItem | undefined>;
  save(lastReadId: string): Promise<MarkerItem | undefined>;
  /** True for a 409: another client wrote the marker at the same time (optimistic locking on `version`). */
  isConflict(error: unknown): boolean;
  /** Tells the app what the server now holds (cache update). */
  onKnown?(marker: MarkerItem): void;
  delayMs?: number;
}

/**
 * Writes one server marker (home or notifications), debounced, never backwards. A 409 means another client
 * won the race: re-read the marker, and write ours again only if it is still newer.
 * @see https://docs.joinmastodon.org/methods/markers/
 */
export class MarkerSync {
  private known: MarkerItem | undefined;
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly deps: MarkerSyncDeps;

  constructor(deps: MarkerSyncDeps) {
    this.deps = deps;
  }

  /** What the server held last time we looked. */
  get current(): MarkerItem | undefined {
    return this.known;
  }

  learn(marker: MarkerItem | undefined): void {
    if (!marker) return;
    if (this.known && marker.version < this.known.version) return;
    this.known = marker;
    this.deps.onKnown?.(marker);
  }

  async refresh(): Promise<MarkerItem | undefined> {
    this.learn(await this.deps.fetch());
    return this.known;
  }

  /** The reader has seen up to `lastReadId`; saved after a quiet moment if it moves the marker forward. */
  propose(lastReadId: string): void {
    const floor = newerId(this.pending, this.known?.lastReadId);
    if (floor !== undefined && !isNewer(lastReadId, floor)) return;
    this.pending = lastReadId;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.deps.delayMs ?? 5_000);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const id = this.pending;
    this.pending = undefined;
    if (id === undefined) return;
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.known && !isNewer(id, this.known.lastReadId)) return;
      try {
        this.learn(await this.deps.save(id));
        return;
      } catch (error) {
        if (!this.deps.isConflict(error)) {
          console.warn('[markers] could not save the read position', error);
          return;
        }
        await this.refresh().catch(() => undefined);
      }
    }
  }
}
