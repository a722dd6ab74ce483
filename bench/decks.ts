import type { Column, ColumnType, DeckLayout } from '../electron/ipc/types/deck';
import type { FirehoseTarget } from '../e2e/fake-instance';

/** A column of a benchmark deck, with what the fake instance streams into it (for the witness). */
export interface BenchColumn {
  column: Column;
  /** Index of the instance (and account) it reads, in the order the accounts were signed in. */
  instance: number;
  /** The server stream that carries its live posts (`undefined`: nothing live expected, e.g. notifications). */
  stream?: { stream: string; tag?: string };
  /** Mastodon's filter context of the column (as `filterContextFor` in the timeline feature). */
  context: 'home' | 'public';
}

const column = (
  id: string,
  instance: number,
  accountId: string,
  type: ColumnType,
  stream: BenchColumn['stream'],
  params: Column['params'] = {},
): BenchColumn => ({
  column: { id, accountId, type, params, width: 'narrow', options: {} },
  instance,
  context: type === 'home' ? 'home' : 'public',
  ...(stream && { stream }),
});

const tagColumn = (id: string, instance: number, accountId: string, tag: string) =>
  column(
    id,
    instance,
    accountId,
    'hashtag',
    { stream: 'hashtag', tag },
    { tags: [tag], mode: 'any', local: false },
  );

/** Six columns over two accounts on two instances (startup and live throughput). */
export function sixColumns([alice, bob]: string[]): BenchColumn[] {
  return [
    column('a-home', 0, alice!, 'home', { stream: 'user' }),
    column('a-local', 0, alice!, 'local', { stream: 'public:local' }),
    tagColumn('a-tag', 0, alice!, 'caturday'),
    column('a-remote', 0, alice!, 'remote', { stream: 'public:remote' }),
    column('b-home', 1, bob!, 'home', { stream: 'user' }),
    column('b-local', 1, bob!, 'local', { stream: 'public:local' }),
  ];
}

/** Ten columns over the same two accounts (soak). */
export function tenColumns(ids: string[]): BenchColumn[] {
  const [alice, bob] = ids;
  return [
    ...sixColumns(ids),
    column('a-notifications', 0, alice!, 'notifications', undefined),
    column('a-federated', 0, alice!, 'federated', { stream: 'public' }),
    column('b-federated', 1, bob!, 'federated', { stream: 'public' }),
    tagColumn('b-tag', 1, bob!, 'photography'),
  ];
}

/** One local timeline (depth). */
export function oneColumn([account]: string[]): BenchColumn[] {
  return [column('d-local', 0, account!, 'local', { stream: 'public:local' })];
}

export function layoutOf(columns: readonly BenchColumn[]): DeckLayout {
  return {
    version: 1,
    activeWorkspaceId: 'bench',
    workspaces: [{ id: 'bench', name: 'Bench', columns: columns.map((c) => c.column) }],
  };
}

/** Firehose targets per instance that reach every live column of the six- and ten-column decks. */
export const firehoseTargets: FirehoseTarget[][] = [
  [{ home: 'alice' }, 'local', { hashtag: 'caturday' }, 'remote'],
  [{ home: 'bob' }, 'local', { hashtag: 'photography' }],
];

/** Splits a total rate between instances in proportion to their targets. */
export function ratesPerInstance(total: number): number[] {
  const weights = firehoseTargets.map((targets) => targets.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total * w) / sum);
}
