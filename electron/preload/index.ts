// The sandboxed preload: exposes the typed API as window.bulletinDesk and nothing else (never ipcRenderer itself).
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('bulletinDesk', createBridge(ipcRenderer));
