import { join } from 'node:path';
import type { Notice } from '../../ipc/types/app';
import { draftsFileSchema, maxDrafts, type Draft, type DraftsFile } from '../../ipc/types/drafts';
import { HostError } from '../../ipc/result';
import { createJsonWriter, loadJsonFile } from '../json-file';

export interface DraftsStore {
  /** Every kept draft, the most recently changed first. */
  list(): Draft[];
  /** Adds the draft or replaces the one with its id, and writes the file before answering. */
  save(draft: Draft): Promise<Draft>;
  /** Forgets a draft (published or thrown away); unknown ids are fine. */
  remove(id: string): Promise<void>;
  readonly notice: Notice | undefined;
}

export const draftsFileName = 'drafts.json';

const emptyDrafts = (): DraftsFile => ({ version: 1, drafts: [] });

const newestFirst = (a: Draft, b: Draft) => b.updatedAt - a.updatedAt;

/**
 * Drafts kept in drafts.json in the data folder: written atomically on every save (the composer batches
 * keystrokes), and an unreadable file is moved aside with a notice rather than overwritten.
 */
export async function openDraftsStore(dataDir: string): Promise<DraftsStore> {
  const path = join(dataDir, draftsFileName);
  const loaded = await loadJsonFile(path, draftsFileSchema, emptyDrafts, 'drafts');
  const write = createJsonWriter(path);
  const drafts = new Map(loaded.value.drafts.map((draft) => [draft.id, draft]));
  const persist = () =>
    write({ version: 1, drafts: [...drafts.values()].sort(newestFirst) } satisfies DraftsFile);

  return {
    notice: loaded.notice,
    list: () => [...drafts.values()].sort(newestFirst),
    async save(draft) {
      if (!drafts.has(draft.id) && drafts.size >= maxDrafts) {
        throw new HostError(
          'too_many_drafts',
          `Pouet keeps at most ${maxDrafts} drafts. Delete some you no longer need, then try again.`,
          { max: String(maxDrafts) },
        );
      }
      drafts.set(draft.id, draft);
      await persist();
      return draft;
    },
    async remove(id) {
      if (!drafts.delete(id)) return;
      await persist();
    },
  };
}
