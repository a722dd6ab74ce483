import { describe, expect, it } from 'vitest';
import { makeAccount, makeFilterResult, makeStatus } from '../../test/factories';
import { filterContextFor, filterVerdict, passesColumnOptions, visibleRows } from './filters';
import { gapItem, statusItem } from './merge';

const now = Date.parse('2025-06-01T00:00:00Z');

describe('filterVerdict', () => {
  it('hide beats warn beats blur, and warn lists the filter titles once', () => {
    const status = makeStatus({
      filtered: [
        makeFilterResult('Spoilers', 'warn'),
        makeFilterResult('Spoilers', 'warn'),
        makeFilterResult('Gore', 'blur'),
      ],
    });
    expect(filterVerdict(status, 'home', now)).toEqual({ action: 'warn', titles: ['Spoilers'] });
    const hidden = makeStatus({ filtered: [makeFilterResult('A', 'warn'), makeFilterResult('B', 'hide')] });
    expect(filterVerdict(hidden, 'home', now)).toEqual({ action: 'hide' });
    expect(filterVerdict(makeStatus({ filtered: [makeFilterResult('Gore', 'blur')] }), 'home', now)).toEqual({
      action: 'blur',
      titles: ['Gore'],
    });
  });

  it('applies only filters for this context that have not expired', () => {
    const status = makeStatus({
      filtered: [
        makeFilterResult('Home only', 'hide', ['home']),
        makeFilterResult('Old', 'hide', ['public'], '2025-01-01T00:00:00Z'),
      ],
    });
    expect(filterVerdict(status, 'public', now)).toEqual({ action: 'show' });
    expect(filterVerdict(status, 'home', now)).toEqual({ action: 'hide' });
    expect(filterVerdict(status, undefined, now)).toEqual({ action: 'show' });
  });

  it('judges a boost by the boosted post’s results too', () => {
    const boost = makeStatus({ reblog: makeStatus({ filtered: [makeFilterResult('X', 'warn')] }) });
    expect(filterVerdict(boost, 'home', now).action).toBe('warn');
  });

  it('maps column types to filter contexts', () => {
    expect(filterContextFor('list')).toBe('home');
    expect(filterContextFor('hashtag')).toBe('public');
    expect(filterContextFor('profile')).toBe('account');
    expect(filterContextFor('bookmarks')).toBeUndefined();
  });
});

describe('column options', () => {
  const author = makeAccount({ id: 'me' });
  it('hide boosts, hide replies to others (not self-threads), media only', () => {
    const boost = makeStatus({ reblog: makeStatus() });
    const reply = makeStatus({ inReplyToId: '1', inReplyToAccountId: 'other', account: author });
    const selfReply = makeStatus({ inReplyToId: '1', inReplyToAccountId: 'me', account: author });
    const withMedia = makeStatus({
      mediaAttachments: [{ id: 'm', type: 'image', previewUrl: 'https://x/y.png', url: 'https://x/y.png' }],
    });
    expect(passesColumnOptions(boost, { hideBoosts: true })).toBe(false);
    expect(passesColumnOptions(reply, { hideReplies: true })).toBe(false);
    expect(passesColumnOptions(selfReply, { hideReplies: true })).toBe(true);
    expect(passesColumnOptions(makeStatus(), { mediaOnly: true })).toBe(false);
    expect(passesColumnOptions(withMedia, { mediaOnly: true })).toBe(true);
    expect(passesColumnOptions(makeStatus({ reblog: withMedia }), { mediaOnly: true })).toBe(true);
  });
});

describe('visibleRows', () => {
  it('shows a post boosted several times once (newest appearance), keeps gaps, drops hidden ones', () => {
    const post = makeStatus({ id: '1' });
    const items = [
      statusItem(makeStatus({ id: '9', reblog: post })),
      gapItem('5', '8'),
      statusItem(makeStatus({ id: '4', reblog: post })),
      statusItem(makeStatus({ id: '3', filtered: [makeFilterResult('X', 'hide')] })),
      statusItem(post),
    ];
    const rows = visibleRows(items, { context: 'home', options: {}, now });
    expect(rows.map((r) => r.key)).toEqual(['s:9', 'gap:5']);
  });

  it('still shows the original when its boost is hidden by a column option', () => {
    const post = makeStatus({ id: '1' });
    const items = [statusItem(makeStatus({ id: '9', reblog: post })), statusItem(post)];
    expect(
      visibleRows(items, { context: 'home', options: { hideBoosts: true }, now }).map((r) => r.key),
    ).toEqual(['s:1']);
  });
});
