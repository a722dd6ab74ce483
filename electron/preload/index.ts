/**
 * The sandboxed preload: exposes the host contract as `window.pouet` and nothing else. Bundled as CommonJS
 * (sandboxed preloads cannot be ESM).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../ipc/bridge';
import type { PouetBridge } from '../ipc/contract';
import { capabilityNames, ipcChannel, ipcEventChannel } from '../ipc/names';

const listeners = new Map<string, Set<(payload: unknown) => void>>();
ipcRenderer.on(ipcEventChannel, (_event, name: string, payload: unknown) => {
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const bridge = buildBridge(
  capabilityNames,
  (name, input) => ipcRenderer.invoke(ipcChannel(name), input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
) as unknown as PouetBridge; // shape guaranteed: names.ts lists every capability (typechecked)

contextBridge.exposeInMainWorld('pouet', bridge);
