// The page's only way out: one function that carries a contract call to the main process.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('wge', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('wge:invoke', method, input),
});
