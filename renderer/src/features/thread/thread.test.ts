import { describe, expect, it } from 'vitest';
import { makeAccount, makeStatus } from '../../test/factories';
import { threadArrived, threadRemoved, threadUpserted, type ThreadData } from './thread-cache';
import { maxDepth, threadRows } from './thread-tree';
import { applyThreadEvent } from './thread.live';

const ann = makeAccount({ id: 'ann' });
const ben = makeAccount({ id: 'ben' });
const post = (id: string, inReplyToId: string | null, account = ben) =>
  makeStatus({ id, inReplyToId, account, content: `<p>${id}</p>` });

function thread(): ThreadData {
  return {
    focused: post('10', '5', ann),
    ancestors: [post('1', null, ann), post('5', '1')],
    descendants: [post('20', '10'), post('30', '10', ann), post('21', '20'), post('40', '10')],
    loaded: true,
  };
}

describe('threadRows', () => {
  it('puts ancestors first, then the focused post, then replies nested depth first', () => {
    const rows = threadRows(thread());
    expect(rows.map((row) => `${row.kind}:${row.status.id}:${row.depth}`)).toEqual([
      'ancestor:1:0',
      'ancestor:5:0',
      'focused:10:0',
      // The author continuing their own thread first, then by time.
      'reply:30:1',
      'reply:20:1',
      'reply:21:2',
      'reply:40:1',
    ]);
  });

  it('caps the nesting so deep threads stay readable', () => {
    const chain = Array.from({ length: 9 }, (_, i) => post(String(100 + i), i === 0 ? '10' : String(99 + i)));
    const rows = threadRows({ ...thread(), descendants: chain });
    expect(Math.max(...rows.map((row) => row.depth))).toBe(maxDepth);
  });

  it('still shows replies whose parent is missing', () => {
    const rows = threadRows({ ...thread(), descendants: [post('50', 'gone')] });
    expect(rows.at(-1)).toMatchObject({ kind: 'reply', depth: 1, status: { id: '50' } });
  });
});

describe('live changes to a thread', () => {
  it('adds a post that answers something in the thread, ignores others', () => {
    const data = thread();
    expect(threadArrived(data, post('60', '21')).descendants.map((s) => s.id)).toContain('60');
    expect(threadArrived(data, post('61', 'elsewhere'))).toBe(data);
    expect(threadArrived(data, makeStatus({ id: '62', reblog: post('63', '10') }))).toBe(data);
  });

  it('updates a post wherever it is, keeping what the viewer had done', () => {
    const data = { ...thread(), descendants: [{ ...post('20', '10'), favourited: true }] };
    const next = threadUpserted(data, {
      ...post('20', '10'),
      content: '<p>edited</p>',
      favourited: undefined,
    });
    expect(next.descendants[0]).toMatchObject({ content: '<p>edited</p>', favourited: true });
    expect(threadUpserted(data, post('999', null))).toBe(data);
  });

  it('removes a deleted reply and marks a deleted focused post', () => {
    expect(threadRemoved(thread(), '20').descendants.map((s) => s.id)).not.toContain('20');
    expect(threadRemoved(thread(), '10')).toMatchObject({ deleted: true });
  });

  it('reads stream events: updates, edits, deletions and mentions', () => {
    const data = thread();
    expect(
      applyThreadEvent(data, { stream: ['user'], event: 'update', payload: post('70', '10') } as never)
        .descendants,
    ).toHaveLength(5);
    expect(
      applyThreadEvent(data, { stream: ['user'], event: 'delete', payload: '20' } as never).descendants,
    ).toHaveLength(3);
    const mention = {
      stream: ['user'],
      event: 'notification',
      payload: { type: 'mention', status: post('71', '1') },
    };
    expect(applyThreadEvent(data, mention as never).descendants.map((s) => s.id)).toContain('71');
    expect(applyThreadEvent(data, { stream: ['user'], event: 'filters_changed' } as never)).toBe(data);
  });
});
