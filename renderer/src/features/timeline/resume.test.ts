import { describe, expect, it } from 'vitest';
import { makeStatus } from '../../test/factories';
import { visibleRows } from './filters';
import { gapItem, statusItem } from './merge';
import { resumePageCap, resumePoint } from './resume';

const rows = (ids: string[]) =>
  visibleRows(
    ids.map((id) => (id.startsWith('gap') ? gapItem(id.slice(3), '999') : statusItem(makeStatus({ id })))),
    { context: undefined, options: {}, now: 0 },
  );

describe('where a column opens', () => {
  it('at the top when it was never read here, or nothing came in since', () => {
    expect(resumePoint(undefined, rows(['12', '11']), 1, true)).toEqual({ kind: 'top' });
    expect(resumePoint('12', rows(['12', '11']), 1, true)).toEqual({ kind: 'top' });
    expect(resumePoint('13', rows(['12', '11']), 1, true)).toEqual({ kind: 'top' });
  });

  it('from the last post read when newer ones came in, even if that post is gone since', () => {
    expect(resumePoint('11', rows(['13', '12', '11', '10']), 1, true)).toEqual({
      kind: 'from',
      readId: '11',
    });
    expect(resumePoint('11', rows(['13', '12', '10']), 1, true)).toEqual({ kind: 'from', readId: '11' });
  });

  it('reads another page while every post loaded is newer, up to the cap; past it the place is lost', () => {
    expect(resumePoint('5', rows(['13', '12', 'gap11']), 1, true)).toEqual({ kind: 'more' });
    expect(resumePoint('5', rows(['13', '12']), resumePageCap, true)).toEqual({ kind: 'lost' });
    expect(resumePoint('5', rows(['13', '12']), 1, false)).toEqual({ kind: 'lost' });
  });
});
