// The API the preload (Electron) or the HTTP bridge (browser host) puts on window.
import type { BulletinDeskApi } from '../../shared/api';

declare global {
  interface Window {
    bulletinDesk: BulletinDeskApi;
  }
}

export {};
