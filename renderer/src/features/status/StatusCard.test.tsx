// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify needs a faithful NodeIterator (see lib/sanitize.test.ts).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render as renderDom, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PouetBridge } from '../../../../electron/ipc/contract';
import '../../i18n/i18n';
import { makeAccount, makeStatus } from '../../test/factories';
import { StatusEnvironmentProvider, type StatusEnvironment } from './status-context';
import { StatusCard } from './StatusCard';

const openExternal = vi.fn();

beforeEach(() => {
  openExternal.mockReset().mockResolvedValue({ ok: true, value: undefined });
  window.pouet = { shell: { openExternal } } as unknown as PouetBridge;
});
afterEach(cleanup);

const environment = (): StatusEnvironment => ({
  writer: { upsert: vi.fn(), remove: vi.fn(), authorHidden: vi.fn() },
  navigation: { openThread: vi.fn(), openProfile: vi.fn(), openHashtag: vi.fn() },
  composer: { reply: vi.fn(), quote: vi.fn(), edit: vi.fn(), redraft: vi.fn() },
});

/** The card outside any column: no reading account, so no actions (see StatusCard.actions.test.tsx). */
function render(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['host', 'accounts'], []);
  const wrap = (node: ReactElement) => (
    <QueryClientProvider client={client}>
      <StatusEnvironmentProvider environment={environment()}>{node}</StatusEnvironmentProvider>
    </QueryClientProvider>
  );
  const result = renderDom(wrap(ui));
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}

const blobcat = {
  shortcode: 'blobcat',
  url: 'https://x.social/e/blobcat.gif',
  staticUrl: 'https://x.social/e/blobcat.png',
  visibleInPicker: true,
};

describe('StatusCard', () => {
  it('shows the author with custom emoji from the account’s own list, the handle and a relative time', () => {
    const account = makeAccount({
      displayName: 'Alice :blobcat: :unknown:',
      acct: 'alice@x.social',
      emojis: [blobcat],
    });
    render(
      <StatusCard
        status={makeStatus({ account, createdAt: new Date(Date.now() - 5 * 60_000).toISOString() })}
      />,
    );
    expect(screen.getByText('@alice@x.social')).toBeTruthy();
    const emoji = screen.getByAltText(':blobcat:');
    expect(emoji.getAttribute('src')).toMatch(/blobcat\.(gif|png)$/);
    expect(screen.getByText(/:unknown:/)).toBeTruthy();
    const time = document.querySelector('time')!;
    expect(time.textContent).toMatch(/5/);
    expect(time.getAttribute('title')).toMatch(/\d{4}/);
  });

  it('renders sanitised content: no script, no handlers, no javascript: links', () => {
    const content =
      '<p>Hello <b onclick="alert(1)">world</b><script>window.hacked = 1</script> <a href="javascript:alert(1)">bad</a><img src=x onerror="window.hacked=1"></p>';
    const { container } = render(<StatusCard status={makeStatus({ content })} />);
    const body = container.querySelector('.status-content')!;
    expect(body.textContent).toContain('Hello world');
    expect(body.innerHTML).not.toMatch(/script|onclick|onerror|javascript:|<img/i);
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('replaces custom emoji in text only, never inside attributes', () => {
    const content = '<p>hi :blobcat: <a href="https://x.social/:blobcat:">:blobcat:</a></p>';
    const { container } = render(<StatusCard status={makeStatus({ content, emojis: [blobcat] })} />);
    const body = container.querySelector('.status-content')!;
    expect(body.querySelectorAll('img.emoji')).toHaveLength(2);
    expect(body.querySelector('a')!.getAttribute('href')).toBe('https://x.social/:blobcat:');
  });

  it('opens links in the system browser and never navigates the window', () => {
    const content =
      '<p><a href="https://example.com/page" rel="nofollow">example.com/page</a> <a href="https://x.social/tags/cats" class="mention hashtag" rel="tag">#<span>cats</span></a></p>';
    render(
      <StatusCard
        status={makeStatus({
          content,
          tags: [{ id: '1', name: 'cats', url: 'https://x.social/tags/cats' } as never],
        })}
      />,
    );
    const link = screen.getByText('example.com/page');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith({ url: 'https://example.com/page' });
    const hashtag = screen.getByText('cats').closest('a')!;
    expect(hashtag.dataset['link']).toBe('hashtag');
    expect(hashtag.dataset['tag']).toBe('cats');
  });

  it('hides content behind a content warning until asked', () => {
    render(<StatusCard status={makeStatus({ spoilerText: 'Food', content: '<p>Secret soup</p>' })} />);
    expect(screen.getByText('Food')).toBeTruthy();
    expect(screen.queryByText('Secret soup')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(screen.getByText('Secret soup')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('blurs sensitive media until revealed, and says who boosted', () => {
    const media = [
      {
        id: 'm1',
        type: 'image' as const,
        previewUrl: 'https://x.social/m1.png',
        url: 'https://x.social/m1.png',
        description: 'A cat',
      },
    ];
    const booster = makeAccount({ displayName: 'Bob' });
    const status = makeStatus({
      account: booster,
      reblog: makeStatus({ sensitive: true, mediaAttachments: media }),
    });
    const { container } = render(<StatusCard status={status} />);
    expect(screen.getByText('Bob boosted')).toBeTruthy();
    expect(container.querySelector('.status-media-hidden')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Sensitive content/ }));
    expect(container.querySelector('.status-media-hidden')).toBeNull();
    expect(screen.getByAltText('A cat')).toBeTruthy();
  });

  it('collapses a post a "warn" filter matched, with "show anyway"', () => {
    render(
      <StatusCard
        status={makeStatus({ content: '<p>spoilers here</p>' })}
        verdict={{ action: 'warn', titles: ['Spoilers'] }}
      />,
    );
    expect(screen.getByText('Filtered: Spoilers')).toBeTruthy();
    expect(screen.queryByText('spoilers here')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
    expect(screen.getByText('spoilers here')).toBeTruthy();
  });

  it('shows a poll read-only with its shares', () => {
    const poll = {
      id: 'p',
      expired: true,
      multiple: false,
      votesCount: 4,
      votersCount: 4,
      ownVotes: [1],
      options: [
        { title: 'Tea', votesCount: 1, emojis: [] },
        { title: 'Coffee', votesCount: 3, emojis: [] },
      ],
    };
    render(<StatusCard status={makeStatus({ poll })} />);
    const group = screen.getByRole('group', { name: 'Poll' });
    expect(within(group).getByText('75%')).toBeTruthy();
    expect(within(group).getByText(/4 votes/)).toBeTruthy();
    expect(within(group).getByText(/closed/)).toBeTruthy();
    expect(within(group).queryAllByRole('button')).toHaveLength(0);
  });

  it('renders an accepted quote one level deep, hides the inline fallback, and explains other states', () => {
    const quoted = makeStatus({
      content: '<p>the original</p>',
      quote: { state: 'accepted', quotedStatus: makeStatus({ content: '<p>deeper</p>' }) },
    });
    const content = '<p class="quote-inline">RE: https://x.social/1</p><p>my take</p>';
    const { container, rerender } = render(
      <StatusCard status={makeStatus({ content, quote: { state: 'accepted', quotedStatus: quoted } })} />,
    );
    expect(screen.getByText('the original')).toBeTruthy();
    expect(screen.queryByText('deeper')).toBeNull();
    expect(container.querySelector('.status-content-quoting .quote-inline')).not.toBeNull();
    rerender(<StatusCard status={makeStatus({ quote: { state: 'deleted', quotedStatus: null } })} />);
    expect(screen.getByText('The quoted post was deleted.')).toBeTruthy();
    rerender(<StatusCard status={makeStatus({ quote: { state: 'pending', quotedStatusId: '5' } })} />);
    expect(screen.getByText(/not loaded/)).toBeTruthy();
  });
});
