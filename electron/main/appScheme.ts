// Registers the app:// scheme with Electron: privileged before the app is ready, served from the built renderer once it is.
import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';

/** Before `ready` (Electron takes privileged schemes only then, and only once). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Once ready: the default session answers app:// with the build folder's files (out/renderer) and nothing else. */
export function serveAppScheme(buildFolder: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(buildFolder));
}
