import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualFeed } from './VirtualFeed';

interface Row {
  key: string;
}

/** A ResizeObserver the test drives: happy-dom has no layout to report sizes from. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  targets: Element[] = [];
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  unobserve(target: Element) {
    this.targets = this.targets.filter((t) => t !== target);
  }
  disconnect() {
    this.targets = [];
  }
  static report(target: Element, blockSize: number) {
    for (const observer of FakeResizeObserver.all.filter((o) => o.targets.includes(target))) {
      const entry = {
        target,
        contentBoxSize: [{ blockSize, inlineSize: 400 }],
        borderBoxSize: [{ blockSize, inlineSize: 400 }],
      } as unknown as ResizeObserverEntry;
      observer.callback([entry], observer as unknown as ResizeObserver);
    }
  }
}

const rows: Row[] = Array.from({ length: 200 }, (_, index) => ({ key: `r${index}` }));

function Feed({ overscan = 0, onDrawnRows }: { overscan?: number; onDrawnRows?: (count: number) => void }) {
  return (
    <VirtualFeed<Row>
      label="Posts"
      rows={rows}
      hasMore={false}
      loadingMore={false}
      loadMorePaused={false}
      onLoadMore={() => undefined}
      renderRow={(row) => <p>{row.key}</p>}
      rowLabel={(row) => row.key}
      footer={null}
      atTop
      onScroll={() => undefined}
      estimatedRowHeight={100}
      overscan={overscan}
      onDrawnRows={onDrawnRows}
      rowClassName={() => 'row'}
      renderPill={(toTop) => (
        <button type="button" onClick={toTop}>
          Back to the top
        </button>
      )}
    />
  );
}

const drawn = () => screen.getAllByRole('article').length;

beforeEach(() => {
  FakeResizeObserver.all = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.stubGlobal('innerHeight', 800);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('VirtualFeed', () => {
  it('draws a window’s height of rows at first, then as many as its scroller shows', () => {
    render(<Feed />);
    expect(drawn()).toBe(8);
    const scroller = document.querySelector('.timeline-scroll')!;
    act(() => FakeResizeObserver.report(scroller, 300));
    expect(drawn()).toBe(3);
  });

  it('draws the rows on screen first, then those past its edges', () => {
    const commits: number[] = [];
    render(<Feed overscan={3} onDrawnRows={(count) => commits.push(count)} />);
    // 8 rows fill the window; act() runs the background render too, which adds 3 below it.
    expect(commits).toEqual([8, 11]);
    expect(drawn()).toBe(11);
    expect(screen.getByText('r10')).toBeTruthy();
  });

  it('does not write the scroll position of a new feed, only when asked to move', () => {
    const scrollTo = vi.spyOn(HTMLElement.prototype, 'scrollTo').mockImplementation(() => undefined);
    render(<Feed />);
    expect(scrollTo).not.toHaveBeenCalled();

    const scroller = document.querySelector<HTMLElement>('.timeline-scroll')!;
    scroller.scrollTop = 1_000;
    fireEvent.scroll(scroller);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the top' }));
    expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ top: 0 }));
  });
});
