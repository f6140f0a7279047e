import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/ipc/channels';

/*
 * The preload exposes one named function per contract channel on window.waymark, and nothing
 * else: no generic invoke, no ipcRenderer, no Node. The router in the main process validates
 * every argument; this layer only forwards.
 */
const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const channel of CHANNELS) {
  api[channel] = (input: unknown) => ipcRenderer.invoke(channel, input);
}
Object.freeze(api);

contextBridge.exposeInMainWorld('waymark', api);
