import { join } from 'node:path';
import { settingsSchema, type Settings, type SettingsPatch, type WindowState } from '../ipc/types/settings';
import type { Notice } from '../ipc/types/app';
import { createJsonWriter, loadJsonFile } from './json-file';

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
  saveWindowState(state: WindowState): Promise<void>;
  /** Set when settings.json was unreadable at start and moved aside. */
  readonly notice: Notice | undefined;
}

export const settingsFileName = 'settings.json';

/** Settings kept as JSON in the data folder, validated on read, written atomically. */
export async function openSettingsStore(dataDir: string): Promise<SettingsStore> {
  const path = join(dataDir, settingsFileName);
  const loaded = await loadJsonFile(path, settingsSchema, () => settingsSchema.parse({}), 'settings');
  const write = createJsonWriter(path);
  let current: Settings = loaded.value;

  return {
    notice: loaded.notice,
    get: () => current,
    async update(patch) {
      current = { ...current, ...patch };
      await write(current);
      return current;
    },
    async saveWindowState(state) {
      current = { ...current, window: state };
      await write(current);
    },
  };
}
