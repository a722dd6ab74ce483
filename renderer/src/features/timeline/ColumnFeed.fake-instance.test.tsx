// @vitest-environment jsdom
/**
 * ColumnFeed against the fake Mastodon instance (e2e/), through the real clients, stream hub and cache:
 * live posts, holding new posts behind the pill, edits and deletions in place, j/k, and a backfill after
 * a dropped connection. jsdom has no layout: the feed assumes the window's height, and rows are stubbed
 * at 120 px.
 */
import '../../../../e2e/fake-instance/test/node-polyfills';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRestAPIClient } from 'masto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { startFakeInstance, type FakeInstance } from '../../../../e2e/fake-instance/index';
import type { PouetBridge } from '../../../../electron/ipc/contract';
import type { Column } from '../../../../electron/ipc/types/deck';
import '../../i18n/i18n';
import { accountForgotten, streamHubFor } from '../../mastodon';
import { makeColumn } from '../../test/factories';
import { ColumnFeed, useColumnUnread } from './index';

const accountId = 'alice@fake';
let fi: FakeInstance;
let accessToken: string;
const restore: (() => void)[] = [];
const markNeedsSignIn = vi.fn();

function stubLayout() {
  const define = (name: 'offsetHeight', get: (this: HTMLElement) => number) => {
    const previous = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
    restore.push(() => previous && Object.defineProperty(HTMLElement.prototype, name, previous));
  };
  define('offsetHeight', function () {
    return this.dataset['index'] !== undefined ? 120 : 0;
  });
  const scrollTo = HTMLElement.prototype.scrollTo;
  HTMLElement.prototype.scrollTo = function (this: HTMLElement, options?: ScrollToOptions | number) {
    this.scrollTop = typeof options === 'number' ? options : (options?.top ?? 0);
    this.dispatchEvent(new Event('scroll'));
  } as typeof HTMLElement.prototype.scrollTo;
  restore.push(() => (HTMLElement.prototype.scrollTo = scrollTo));
}

function Badge({ columnId }: { columnId: string }) {
  return <output aria-label="unread">{useColumnUnread(columnId)}</output>;
}

function renderColumn(column: Column, onReadPositionChange?: (lastReadId: string) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <Badge columnId={column.id} />
      <div style={{ display: 'flex', flexDirection: 'column', height: 600 }}>
        <ColumnFeed column={column} onReadPositionChange={onReadPositionChange} />
      </div>
    </QueryClientProvider>,
  );
}

const column = (patch: Partial<Column> = {}): Column => makeColumn({ id: 'col-home', accountId, ...patch });

beforeAll(async () => {
  fi = await startFakeInstance({ seed: 5 });
  accessToken = await fi.admin.tokenFor('alice');
  window.pouet = {
    accounts: {
      token: async () => ({ ok: true, value: { accountId, instanceUrl: fi.url, accessToken } }),
      list: async () => ({ ok: true, value: [] }),
      markNeedsSignIn: async (input: { accountId: string }) => {
        markNeedsSignIn(input);
        return { ok: true, value: [] };
      },
    },
    shell: { openExternal: async () => ({ ok: true, value: undefined }) },
    events: { on: () => () => undefined },
  } as unknown as PouetBridge;
  stubLayout();
  // jsdom swaps the global Event class, which breaks Node's own WebSocket; the browser has one that works.
  const previous = globalThis.WebSocket;
  globalThis.WebSocket = NodeWebSocket as unknown as typeof WebSocket;
  restore.push(() => (globalThis.WebSocket = previous));
});

afterEach(() => {
  cleanup();
  accountForgotten(accountId);
});

afterAll(async () => {
  for (const undo of restore.reverse()) undo();
  await fi?.close();
});

/** Waits until this account's socket is open and subscribed (masto waits 1 s before connecting). */
const streamLive = () =>
  waitFor(() => expect(streamHubFor(accountId).snapshot().phase).toBe('live'), {
    timeout: 8_000,
    interval: 50,
  });

describe('ColumnFeed (home) against the fake instance', () => {
  it(
    'shows the timeline live, holds new posts while scrolled away, patches edits and deletions',
    { timeout: 40_000 },
    async () => {
      renderColumn(column());
      const feed = await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
      const articles = within(feed).getAllByRole('article');
      expect(articles.length).toBeGreaterThan(0);
      expect(articles.length).toBeLessThan(60);
      expect(articles[0]!.getAttribute('aria-posinset')).toBe('1');
      await streamLive();

      // At the top: a new post appears at once.
      const live = await fi.admin.injectStatus({ as: 'alice', text: 'Fresh from the stream' });
      await screen.findByText('Fresh from the stream', {}, { timeout: 5_000 });

      // Scrolled away: the next one is held behind the pill.
      const scroller = document.querySelector<HTMLElement>('.timeline-scroll')!;
      act(() => {
        scroller.scrollTop = 300;
        fireEvent.scroll(scroller);
      });
      await fi.admin.injectStatus({ as: 'alice', text: 'Held above the reader' });
      const pill = await screen.findByRole('button', { name: /1 new post/ }, { timeout: 5_000 });
      expect(screen.queryByText('Held above the reader')).toBeNull();
      fireEvent.click(pill);
      await screen.findByText('Held above the reader');
      expect(scroller.scrollTop).toBe(0);

      // Edits and deletions apply in place.
      await fi.admin.editStatus(live.id, 'Edited in place');
      await screen.findByText('Edited in place', {}, { timeout: 5_000 });
      await fi.admin.deleteStatus(live.id);
      await waitFor(() => expect(screen.queryByText('Edited in place')).toBeNull(), { timeout: 5_000 });

      // j/k move from post to post.
      const first = within(feed).getAllByRole('article')[0]!;
      first.focus();
      fireEvent.keyDown(first, { key: 'j' });
      await waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2'));
      fireEvent.keyDown(document.activeElement!, { key: 'k' });
      await waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('1'));
    },
  );

  it('catches up on what the stream missed while disconnected', { timeout: 40_000 }, async () => {
    const shownBefore = await fi.admin.injectStatus({ as: 'alice', text: 'Typo in this pots' });
    renderColumn(column({ id: 'col-home-2' }));
    await screen.findByText('Typo in this pots', {}, { timeout: 8_000 });
    await streamLive();
    await fi.admin.dropStreams();
    await waitFor(() => expect(streamHubFor(accountId).snapshot().phase).not.toBe('live'));
    // Posted and edited while we were away: no stream event will ever carry either.
    await fi.admin.injectStatus({ as: 'alice', text: 'Missed while offline', silent: true });
    await fi.admin.editStatus(shownBefore.id, 'Typo in this post', { silent: true });
    await screen.findByText('Missed while offline', {}, { timeout: 15_000 });
    await screen.findByText('Typo in this post');
    expect(screen.queryByText('Typo in this pots')).toBeNull();
  });

  it('counts unread posts above the reader for the header badge', { timeout: 40_000 }, async () => {
    renderColumn(column({ id: 'col-home-3' }));
    const feed = await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
    await streamLive();
    const scroller = document.querySelector<HTMLElement>('.timeline-scroll')!;
    act(() => {
      scroller.scrollTop = 300;
      fireEvent.scroll(scroller);
    });
    await fi.admin.injectStatus({ as: 'alice', text: 'Unread one' });
    await fi.admin.injectStatus({ as: 'alice', text: 'Unread two' });
    await waitFor(() => expect(screen.getByRole('status', { name: 'unread' }).textContent).toBe('2'), {
      timeout: 5_000,
    });
    expect(within(feed).queryByText('Unread one')).toBeNull();
  });

  it(
    'reopens where the reader left off, what came since behind the pill, reading older pages to find it',
    { timeout: 30_000 },
    async () => {
      const rest = createRestAPIClient({ url: fi.url, accessToken });
      const firstPage = await rest.v1.timelines.home.list({ limit: 40 });
      const secondPage = await rest.v1.timelines.home.list({ limit: 40, maxId: firstPage.at(-1)!.id });
      // Read up to a post on the second page (a plain one, drawn as its own row): the first page alone
      // holds only newer posts.
      const lastRead = secondPage.find((s, i) => i >= 5 && !s.reblog && !s.filtered?.length)!;
      // …here and on the server (the seeded marker is newer: read elsewhere since would win).
      await rest.v1.markers.create({ home: { lastReadId: lastRead.id } });
      renderColumn(column({ id: 'col-home-resume', lastReadId: lastRead.id }));
      const feed = await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
      const keys = () =>
        within(feed)
          .getAllByRole('article')
          .map((row) => row.dataset['key']);
      expect(keys()[0]).toBe(`s:${lastRead.id}`);
      expect(keys()).not.toContain(`s:${firstPage[0]!.id}`);

      fireEvent.click(screen.getByRole('button', { name: /\d+ new posts/ }));
      await waitFor(() => expect(keys()[0]).toBe(`s:${firstPage[0]!.id}`));
    },
  );

  it('reopens home where the server marker says, when read since on another device', async () => {
    const rest = createRestAPIClient({ url: fi.url, accessToken });
    const page = await rest.v1.timelines.home.list({ limit: 40 });
    const plain = page.filter((s, i) => i >= 3 && !s.reblog && !s.filtered?.length);
    const [readElsewhere, readHere] = [plain[0]!, plain[4]!];
    await rest.v1.markers.create({ home: { lastReadId: readElsewhere.id } });
    // The marker answers after the first page: the column waits for it.
    await fi.admin.slowNext({ count: 1, path: '/api/v1/markers', delayMs: 600 });
    renderColumn(column({ id: 'col-home-elsewhere', lastReadId: readHere.id }));
    const feed = await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
    expect(within(feed).getAllByRole('article')[0]!.dataset['key']).toBe(`s:${readElsewhere.id}`);
  });

  it('keeps the reader where it reopened while posts pour in above', { timeout: 40_000 }, async () => {
    const rest = createRestAPIClient({ url: fi.url, accessToken });
    const page = await rest.v1.timelines.public.list({ local: true, limit: 40 });
    const lastRead = page.find((s, i) => i >= 3 && !s.reblog && !s.filtered?.length)!;
    renderColumn(column({ id: 'col-local-resume', type: 'local', lastReadId: lastRead.id }));
    const feed = await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
    const first = () => within(feed).getAllByRole('article')[0]!.dataset['key'];
    expect(first()).toBe(`s:${lastRead.id}`);
    await streamLive();
    // More than a live feed keeps (400): what waits above is capped instead, and the reader's rows stay.
    await fi.admin.startFirehose({ perSecond: 400, streams: ['local'], count: 450 });
    await waitFor(async () => expect((await fi.admin.firehoseStatus()).running).toBe(false), {
      timeout: 10_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the last batches (a count short of
    // them still passes: the reader's row and the cap are what is checked)
    const held = Number(
      /(\d+) new posts/.exec(screen.getByRole('button', { name: /new posts/ }).textContent!)![1],
    );
    expect(held).toBeGreaterThan(100); // up to 300 kept, less those alice's filters hide
    expect(held).toBeLessThanOrEqual(300);
    expect(first()).toBe(`s:${lastRead.id}`);
  });

  it('saves the last post read when the window closes, without waiting for its delay', async () => {
    const rest = createRestAPIClient({ url: fi.url, accessToken });
    const [newest] = await rest.v1.timelines.home.list({ limit: 1 });
    const read = vi.fn();
    renderColumn(column({ id: 'col-home-unload' }), read);
    await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
    expect(read).not.toHaveBeenCalled();
    // Well within the report's 1 s delay: only the unload can have saved it.
    await waitFor(
      () => {
        window.dispatchEvent(new Event('beforeunload'));
        expect(read).toHaveBeenCalledWith(newest!.id);
      },
      { timeout: 500 },
    );
  });

  it('saves the last post read when the column closes, without waiting for its delay', async () => {
    const rest = createRestAPIClient({ url: fi.url, accessToken });
    const [newest] = await rest.v1.timelines.home.list({ limit: 1 });
    const read = vi.fn();
    const { unmount } = renderColumn(column({ id: 'col-home-close' }), read);
    await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
    await new Promise((resolve) => setTimeout(resolve, 100)); // seen, well within the 1 s delay
    expect(read).not.toHaveBeenCalled();
    unmount();
    expect(read).toHaveBeenCalledWith(newest!.id);
  });

  it(
    'opens at the top when the place is not found, and keeps it until the reader scrolls',
    { timeout: 20_000 },
    async () => {
      const read = vi.fn();
      // Older than anything on the server: not found within the pages the column reads.
      renderColumn(column({ id: 'col-local-lost', type: 'local', lastReadId: '1' }), read);
      await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
      expect(screen.queryByRole('button', { name: /new post/ })).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // past the report's delay
      expect(read).not.toHaveBeenCalled();
      expect(Number(screen.getByRole('status', { name: 'unread' }).textContent)).toBeGreaterThan(0);

      const scroller = document.querySelector<HTMLElement>('.timeline-scroll')!;
      // jsdom lays nothing out; the column must look on screen for what is at its top to count as read.
      scroller.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 300, height: 600 });
      act(() => {
        scroller.scrollTop = 300;
        fireEvent.scroll(scroller);
      });
      await waitFor(() => expect(read).toHaveBeenCalled(), { timeout: 3_000 });
    },
  );

  it('opens at the top when nothing came in since it was last read', { timeout: 20_000 }, async () => {
    const rest = createRestAPIClient({ url: fi.url, accessToken });
    const [newest] = await rest.v1.timelines.home.list({ limit: 1 });
    renderColumn(column({ id: 'col-home-read', lastReadId: newest!.id }));
    const feed = await screen.findByRole('feed', { name: 'Posts' }, { timeout: 8_000 });
    expect(within(feed).getAllByRole('article')[0]!.dataset['key']).toBe(`s:${newest!.id}`);
    expect(screen.queryByRole('button', { name: /new post/ })).toBeNull();
  });

  it(
    'a list deleted while open stops live updates for that column only, and says why',
    { timeout: 30_000 },
    async () => {
      const rest = createRestAPIClient({ url: fi.url, accessToken });
      const list = await rest.v1.lists.create({ title: 'Short-lived' });
      renderColumn(
        column({ id: 'col-list-live', type: 'list', params: { listId: list.id, listTitle: 'Short-lived' } }),
      );
      await waitFor(() => expect(document.querySelector('.timeline')).not.toBeNull(), { timeout: 5_000 });
      // masto waits a second before connecting: the list is gone by the time it subscribes.
      await fi.admin.deleteList(list.id);
      await screen.findByText(/this list no longer exists/, {}, { timeout: 10_000 });
      expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    },
  );

  it(
    'says when the server rate-limits the column, with the time it will try again',
    { timeout: 20_000 },
    async () => {
      await fi.admin.failNext({ count: 1, status: 429, path: '/api/v1/timelines/public' });
      renderColumn(column({ id: 'col-local', type: 'local' }));
      await screen.findByText(/slow down\. It will try again at \d/, {}, { timeout: 8_000 });
    },
  );

  it('shows a typed error for a list that no longer exists', { timeout: 20_000 }, async () => {
    renderColumn(column({ id: 'col-list', type: 'list', params: { listId: '999999', listTitle: 'Gone' } }));
    await screen.findByText(/no longer exists on the server/, {}, { timeout: 8_000 });
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
