// Electron's fuses this app sets in electron-builder.yml, and what a safe app wants of each (read by check-package and a unit test).

/** Each fuse electron-builder.yml sets (its `electronFuses` key), with the state a safe app wants. */
export const SAFE_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // the page loads from app:// (electron/main/appProtocol.ts): file:// pages get no more than a browser gives them
  grantFileProtocolExtraPrivileges: false,
} as const satisfies Record<string, boolean>;

export type FuseName = keyof typeof SAFE_FUSES;

/**
 * The `electronFuses` settings that are not fuses, with the value the app needs. resetAdHocDarwinSignature: an
 * unsigned Apple Silicon build must be signed again (ad hoc) after its fuses are flipped, or macOS refuses to launch it.
 */
export const FUSE_SETTINGS = { resetAdHocDarwinSignature: true } as const satisfies Record<string, boolean>;

/** Every `name: true|false` line of electron-builder.yml's `electronFuses:` block, fuses and settings alike. */
function electronFusesBlock(config: string): Partial<Record<string, boolean>> {
  const lines = config.split(/\r?\n/);
  const start = lines.findIndex((line) => /^electronFuses:\s*(#.*)?$/.test(line));
  const asked: Partial<Record<string, boolean>> = {};
  if (start < 0) return asked;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const m = /^\s+([A-Za-z]+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (m) asked[m[1] as string] = m[2] === 'true';
  }
  return asked;
}

/** The settings of the `electronFuses:` block that are not fuses (FUSE_SETTINGS). */
export function fuseSettingsIn(config: string): Partial<Record<string, boolean>> {
  return Object.fromEntries(Object.entries(electronFusesBlock(config)).filter(([name]) => name in FUSE_SETTINGS));
}

/**
 * The fuses the `electronFuses:` block of electron-builder.yml asks for: each `name: true|false` line indented
 * under it, up to the next unindented line. A fuse it does not set is left out, and so are its other settings (FUSE_SETTINGS).
 */
export function fusesAskedIn(config: string): Partial<Record<string, boolean>> {
  return Object.fromEntries(Object.entries(electronFusesBlock(config)).filter(([name]) => !(name in FUSE_SETTINGS)));
}
