import type { DeckLayout } from '../../electron/ipc/types/deck';

/** The starter deck of the demo: four columns of the first account, and the second account's home. */
export function demoDeck(first: string, second: string): DeckLayout {
  return {
    version: 1,
    activeWorkspaceId: 'demo',
    workspaces: [
      {
        id: 'demo',
        name: 'Demo',
        columns: [
          { id: 'demo-home', accountId: first, type: 'home', params: {}, width: 'normal', options: {} },
          {
            id: 'demo-notifications',
            accountId: first,
            type: 'notifications',
            params: {},
            width: 'narrow',
            options: {},
          },
          { id: 'demo-local', accountId: first, type: 'local', params: {}, width: 'normal', options: {} },
          {
            id: 'demo-tag',
            accountId: first,
            type: 'hashtag',
            params: { tags: ['Caturday', 'Photographie', 'OpenSource'], mode: 'any', local: false },
            width: 'narrow',
            options: {},
          },
          {
            id: 'demo-second-home',
            accountId: second,
            type: 'home',
            params: {},
            width: 'normal',
            options: {},
          },
        ],
      },
    ],
  };
}
