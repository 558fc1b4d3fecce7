// The app's identity to the system: the id electron-builder.yml packages it under, given to Windows for taskbar grouping.

/** electron-builder.yml's appId: the installer's shortcuts carry it as their AppUserModelID. */
export const APP_ID = 'cn.bulletindesk.app';

/**
 * Windows groups a window with its taskbar pin and shortcuts by the AppUserModelID: without it the running app
 * shows as a separate "Electron" button beside the pinned one, and its notifications have no name.
 */
export function identifyApp(app: { setAppUserModelId(id: string): void }, platform: NodeJS.Platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
}
