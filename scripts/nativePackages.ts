// Runtime packages with native code (sharp and libvips) and whether electron-builder.yml's asarUnpack takes them out of app.asar.
import { parse } from 'yaml';

/** The parts of package-lock.json read here. */
export interface Lock {
  packages: Record<string, { dev?: boolean; os?: string[]; cpu?: string[]; optionalDependencies?: Record<string, string> }>;
}

/**
 * The runtime packages (their folders, `node_modules/…`) that hold native code, which Electron cannot load from
 * inside an asar: each built for one platform (the lock names its `os` or `cpu`, as for `@img/sharp-linux-x64` and
 * its libvips), and each package that loads one of them as an optional dependency (sharp).
 */
export function nativeRuntimePackages(lock: Lock): string[] {
  const runtime = Object.entries(lock.packages).filter(([folder, entry]) => folder !== '' && !entry.dev);
  const native = new Set(runtime.filter(([, entry]) => entry.os !== undefined || entry.cpu !== undefined).map(([folder]) => folder));
  const nameOf = (folder: string) => folder.replace(/^.*node_modules\//, '');
  const nativeNames = new Set([...native].map(nameOf));
  for (const [folder, entry] of runtime)
    if (Object.keys(entry.optionalDependencies ?? {}).some((name) => nativeNames.has(name))) native.add(folder);
  return [...native].sort();
}

/** The `asarUnpack` globs electron-builder.yml asks for (none when it asks for none). */
export function asarUnpackIn(config: string): string[] {
  const asked = (parse(config) as { asarUnpack?: unknown } | null)?.asarUnpack;
  const globs = typeof asked === 'string' ? [asked] : Array.isArray(asked) ? asked : [];
  return globs.filter((g): g is string => typeof g === 'string');
}

/**
 * Whether a glob unpacks a package's whole folder. Only globs of the form `FOLDER/**` (or `FOLDER/**\/*`, with or
 * without a leading `**\/`) are read, as this configuration writes them: any other glob counts as not unpacking it,
 * so a change of form fails the unit test rather than passing it unread.
 */
function unpacksFolder(glob: string, folder: string): boolean {
  const m = /^(\*\*\/)?([^*?[\]{}!]+)\/\*\*(\/\*)?$/.exec(glob);
  if (!m) return false;
  const prefix = m[2] as string;
  return m[1] ? `/${folder}/`.includes(`/${prefix}/`) : `${folder}/`.startsWith(`${prefix}/`);
}

/** The native runtime packages that no asarUnpack glob takes out of app.asar: each would fail to load in the packed app. */
export function nativePackagesLeftInAsar(config: string, lock: Lock): string[] {
  const globs = asarUnpackIn(config);
  return nativeRuntimePackages(lock).filter((folder) => !globs.some((glob) => unpacksFolder(glob, folder)));
}
