import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { i18n } from '../../i18n/i18n';
import { makeAccount, makeNotification, makeStatus } from '../../test/factories';
import { alertMessage } from './alert-message';
import { decodeTarget } from './alert-target';

const summary = (id: string, acct: string): AccountSummary => ({
  id,
  acct,
  remoteId: '1',
  instanceUrl: 'https://one.example',
  instanceTitle: 'One',
  username: acct.split('@')[0]!,
  displayName: '',
  avatarUrl: '',
  avatarStaticUrl: '',
  status: 'active',
  isDefault: false,
  storage: 'protected',
  color: '#7c5cff',
});

const bob = makeAccount({ id: 'b', username: 'bob', displayName: 'Bob', acct: 'bob' });
const t = i18n.getFixedT('en');
beforeAll(() => i18n.changeLanguage('en'));

describe('alert messages', () => {
  it('says who did what and shows the post, never the text behind a content warning', () => {
    const plain = alertMessage(
      [
        {
          accountId: 'a',
          notification: makeNotification({
            type: 'mention',
            account: bob,
            status: makeStatus({ content: '<p>See you <b>tonight</b>?</p>' }),
          }),
        },
      ],
      [summary('a', 'alice@one.example')],
      t,
    );
    expect(plain).toMatchObject({ title: 'Bob mentioned you', body: 'See you tonight?' });
    const hidden = alertMessage(
      [
        {
          accountId: 'a',
          notification: makeNotification({
            type: 'mention',
            account: bob,
            status: makeStatus({ spoilerText: 'Finale', content: '<p>the butler did it</p>' }),
          }),
        },
      ],
      [summary('a', 'alice@one.example')],
      t,
    );
    expect(hidden.body).toBe('Content warning: Finale');
  });

  it('says which account it is for when several are signed in, and sums up a burst', () => {
    const accounts = [summary('a', 'alice@one.example'), summary('h', 'hana@two.example')];
    const single = alertMessage(
      [{ accountId: 'h', notification: makeNotification({ type: 'follow', status: null, account: bob }) }],
      accounts,
      t,
    );
    expect(single).toMatchObject({ title: 'Bob followed you', body: '@bob\nFor @hana@two.example' });
    expect(decodeTarget(single.tag)).toMatchObject({ kind: 'profile', accountId: 'h' });

    const burst = alertMessage(
      ['Chloé', 'Dana', 'Emeka', 'Bob'].map((name, index) => ({
        accountId: index === 0 ? 'h' : 'a',
        notification: makeNotification({
          type: 'favourite',
          account: makeAccount({ displayName: name }),
          status: makeStatus(),
        }),
      })),
      accounts,
      t,
    );
    expect(burst.title).toBe('4 new notifications');
    expect(burst.body).toBe('From Chloé, Dana and 2 others\nFor @hana@two.example, @alice@one.example');
    expect(decodeTarget(burst.tag)).toEqual({ kind: 'notifications', accountId: undefined });
  });
});
