import { join } from 'node:path';
import type { Notice } from '../ipc/types/app';
import { deckLayoutSchema, type DeckLayout } from '../ipc/types/deck';
import { createJsonWriter, loadJsonFile } from './json-file';

export interface DeckStore {
  load(): DeckLayout;
  save(layout: DeckLayout): Promise<DeckLayout>;
  readonly notice: Notice | undefined;
}

export const deckFileName = 'deck.json';

export const emptyDeck = (): DeckLayout => ({
  version: 1,
  activeWorkspaceId: 'main',
  workspaces: [{ id: 'main', name: 'Main', columns: [] }],
});

/** The deck layout (workspaces, columns, local read markers), kept in deck.json beside the settings. */
export async function openDeckStore(dataDir: string): Promise<DeckStore> {
  const path = join(dataDir, deckFileName);
  const loaded = await loadJsonFile(path, deckLayoutSchema, emptyDeck, 'deck layout');
  const write = createJsonWriter(path);
  let current = loaded.value;
  return {
    notice: loaded.notice,
    load: () => current,
    async save(layout) {
      current = layout;
      await write(layout);
      return current;
    },
  };
}
