// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify needs a faithful NodeIterator (see lib/sanitize.test.ts).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PouetBridge } from '../../../../electron/ipc/contract';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import '../../i18n/i18n';
import type * as Mastodon from '../../mastodon';
import type { MastoClients } from '../../mastodon';
import { hostileEmojis, hostileText } from '../../test/hostile-payloads';
import { makeAccount, makeStatus } from '../../test/factories';
import { StatusEnvironmentProvider, StatusScopeProvider, type StatusEnvironment } from './status-context';
import { StatusCard } from './StatusCard';

const favourite = vi.fn();
const search = vi.fn();
vi.mock('../../mastodon', async (original) => ({
  ...(await original<typeof Mastodon>()),
  withAccount: async <T,>(accountId: string, run: (clients: MastoClients) => Promise<T>) =>
    run({
      accountId,
      rest: {
        v1: { statuses: { $select: () => ({ favourite }) } },
        v2: { instance: { fetch: async () => ({}) }, search: { list: search } },
      },
    } as unknown as MastoClients),
}));

const summary = (id: string, acct: string, remoteId: string): AccountSummary =>
  ({
    id,
    acct,
    remoteId,
    instanceUrl: `https://${acct.split('@')[1]}`,
    avatarUrl: 'https://x.example/a.png',
    avatarStaticUrl: 'https://x.example/a.png',
    color: '#7c5cff',
    status: 'active',
  }) as AccountSummary;
const alice = summary('1@a.example', 'alice@a.example', '1');
const bob = summary('2@b.example', 'bob@b.example', '2');

let environment: StatusEnvironment;
beforeEach(() => {
  favourite.mockReset();
  search.mockReset();
  window.pouet = {
    shell: { openExternal: vi.fn().mockResolvedValue({ ok: true, value: undefined }) },
  } as unknown as PouetBridge;
  environment = {
    writer: { upsert: vi.fn(), remove: vi.fn(), authorHidden: vi.fn() },
    navigation: { openThread: vi.fn(), openProfile: vi.fn(), openHashtag: vi.fn() },
    composer: { reply: vi.fn(), quote: vi.fn(), edit: vi.fn(), redraft: vi.fn() },
  };
});
afterEach(cleanup);

function renderAs(ui: ReactElement, accounts: AccountSummary[] = [alice, bob]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['host', 'accounts'], accounts);
  return render(
    <QueryClientProvider client={client}>
      <StatusEnvironmentProvider environment={environment}>
        <StatusScopeProvider value={{ accountId: alice.id, columnId: 'col' }}>{ui}</StatusScopeProvider>
      </StatusEnvironmentProvider>
    </QueryClientProvider>,
  );
}

describe('StatusCard actions', () => {
  it('favourites at once through the writer, then sends the request as the column’s account', async () => {
    const post = makeStatus({ id: '7', favourited: false, favouritesCount: 1 });
    favourite.mockResolvedValue({ ...post, favourited: true, favouritesCount: 2 });
    renderAs(<StatusCard status={post} />);
    const bar = screen.getByRole('group', { name: 'Actions' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Favourite' }));
    await vi.waitFor(() => expect(favourite).toHaveBeenCalled());
    expect(environment.writer.upsert).toHaveBeenNthCalledWith(
      1,
      expect.anything(),
      alice.id,
      expect.objectContaining({ id: '7', favourited: true, favouritesCount: 2 }),
    );
  });

  it('starts a reply or a quote in the composer', () => {
    const post = makeStatus({
      quoteApproval: { automatic: ['public'], manual: [], currentUser: 'automatic' } as never,
    });
    renderAs(<StatusCard status={post} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    fireEvent.click(screen.getByRole('button', { name: 'Quote' }));
    expect(environment.composer.reply).toHaveBeenCalledWith(alice.id, post);
    expect(environment.composer.quote).toHaveBeenCalledWith(alice.id, post);
  });

  it('offers every signed-in account on a right-click, and a chooser for the whole bar', () => {
    renderAs(<StatusCard status={makeStatus()} />);
    fireEvent.contextMenu(screen.getByRole('button', { name: 'Boost' }));
    const menu = screen.getByRole('menu', { name: 'Boost as' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['@alice@a.example', '@bob@b.example']);
    expect(screen.getByRole('button', { name: /^Acting as @alice@a\.example/ })).toBeTruthy();
  });

  it('keeps a request in flight busy while the bar acts as another account and back', async () => {
    const post = makeStatus({ id: '7', favourited: false });
    let finish!: (status: typeof post) => void;
    favourite.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    search.mockResolvedValue({ statuses: [makeStatus({ id: '70', uri: post.uri })] });
    renderAs(<StatusCard status={post} />);
    const favouriteButton = () => screen.getByRole('button', { name: 'Favourite' });
    fireEvent.click(favouriteButton());
    await vi.waitFor(() => expect(favourite).toHaveBeenCalled());
    expect(favouriteButton().getAttribute('aria-busy')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: /^Acting as @alice@a\.example/ }));
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: '@bob@b.example' }));
    await screen.findByRole('button', { name: /^Acting as @bob@b\.example/ });
    fireEvent.click(screen.getByRole('button', { name: /^Acting as @bob@b\.example/ }));
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: '@alice@a.example' }));
    expect(favouriteButton().getAttribute('aria-busy')).toBe('true');

    finish({ ...post, favourited: true });
    await vi.waitFor(() => expect(favouriteButton().getAttribute('aria-busy')).toBeNull());
  });

  it('shows no chooser with a single account', () => {
    renderAs(<StatusCard status={makeStatus()} />, [alice]);
    expect(screen.queryByRole('button', { name: /^Acting as/ })).toBeNull();
  });
});

describe('StatusCard links and navigation', () => {
  const content =
    '<p>Hi <span class="h-card"><a href="https://b.example/@bob" class="u-url mention">@<span>bob</span></a></span> ' +
    '<a href="https://a.example/tags/cats" class="mention hashtag" rel="tag">#<span>Cats</span></a> ' +
    '<a href="https://elsewhere.example/page">see this</a></p>';
  const post = () =>
    makeStatus({
      content,
      mentions: [{ id: '42', username: 'bob', acct: 'bob@b.example', url: 'https://b.example/@bob' }],
      tags: [{ name: 'cats', url: 'https://a.example/tags/cats' } as never],
    });

  it('opens mentions as profiles and hashtags as columns, in the app', () => {
    renderAs(<StatusCard status={post()} />);
    fireEvent.click(screen.getByText('bob').closest('a')!);
    expect(environment.navigation.openProfile).toHaveBeenCalledWith(alice.id, {
      id: '42',
      acct: 'bob@b.example',
      url: 'https://b.example/@bob',
    });
    fireEvent.click(screen.getByText('Cats').closest('a')!);
    expect(environment.navigation.openHashtag).toHaveBeenCalledWith(alice.id, 'Cats');
    expect(environment.navigation.openThread).not.toHaveBeenCalled();
  });

  it('shows where other links really lead, and opens them in the browser', () => {
    renderAs(<StatusCard status={post()} />);
    const link = screen.getByText('see this');
    expect(link.getAttribute('title')).toBe('https://elsewhere.example/page');
    fireEvent.click(link);
    expect(window.pouet!.shell.openExternal).toHaveBeenCalledWith({ url: 'https://elsewhere.example/page' });
  });

  it('opens the thread on a click on the post, or on its time, and the profile from the avatar', () => {
    const status = post();
    renderAs(<StatusCard status={status} />);
    fireEvent.click(screen.getByText(/Hi/));
    expect(environment.navigation.openThread).toHaveBeenCalledWith(alice.id, status);
    fireEvent.click(screen.getByRole('button', { name: /^Open the thread/ }));
    expect(environment.navigation.openThread).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: `Open the profile of @${status.account.acct}` }));
    expect(environment.navigation.openProfile).toHaveBeenCalledTimes(1);
  });
});

describe('StatusCard with hostile fields', () => {
  it('shows names, warnings, poll options, alt text and cards as text, and no forged emoji', () => {
    const [script, img, svg] = hostileText as [string, string, string];
    const status = makeStatus({
      account: makeAccount({ displayName: `${img} :evil:`, emojis: hostileEmojis as never }),
      spoilerText: `${script} :evildata:`,
      emojis: hostileEmojis as never,
      poll: {
        id: 'p',
        expired: true,
        multiple: false,
        votesCount: 1,
        votersCount: 1,
        options: [{ title: svg, votesCount: 1, emojis: [] }],
        emojis: [],
      } as never,
      mediaAttachments: [
        {
          id: 'm',
          type: 'image',
          url: 'javascript:alert(1)',
          previewUrl: 'data:image/png;base64,AA',
          description: img,
        } as never,
      ],
      card: {
        url: 'https://ok.example/',
        title: script,
        description: img,
        providerName: svg,
        image: 'javascript:x',
      } as never,
    });
    const { container } = renderAs(<StatusCard status={status} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(container.textContent).toContain(img);
    expect(container.textContent).toContain(script);
    expect(container.textContent).toContain(svg);
    for (const element of container.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        expect(name.startsWith('on'), `${element.tagName}[${name}]`).toBe(false);
        expect(element.getAttribute(name)!, `${element.tagName}[${name}]`).not.toMatch(
          /^\s*(javascript|data):/i,
        );
      }
    }
    expect(container.querySelectorAll('script, iframe, svg:not(.status-icon):not(.icon)')).toHaveLength(0);
  });
});
