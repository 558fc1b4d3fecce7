// `npm run check:package`: `npm run dist -- --dir` with a stand-in Electron, then checks the fuses, app.asar's contents, the icons and the associated file types.
// The stand-in is a tiny file holding Electron's fuse wire (sentinel, version, Electron 45's default states), so
// electron-builder gets through config, asar and fuse flipping without the real binary (which cannot be downloaded here).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll, extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { parse } from 'yaml';
import { FUSE_SETTINGS, fuseSettingsIn, fusesAskedIn, SAFE_FUSES, type FuseName } from './fuses';
import { associationProblems, type AssociationConfig } from './associations';
import { iconProblems } from './icons';
import { nativeRuntimePackages, type Lock } from './nativePackages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.tmp/package-check');
const STAND_IN = path.join(WORK, 'electron');
const OUT = path.join(WORK, 'dist');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron 45's fuse wire as shipped: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, asar
 * integrity off, only-asar off, browser V8 snapshot off, file:// extra privileges on.
 */
const SHIPPED_WIRE = '10110001';

const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};

// 1. the stand-in Electron folder: an executable holding the fuse wire, and nothing else
rmSync(WORK, { recursive: true, force: true });
mkdirSync(STAND_IN, { recursive: true });
const binary = path.join(STAND_IN, 'electron');
writeFileSync(
  binary,
  Buffer.concat([
    Buffer.from('#!/bin/sh\n# a stand-in for Electron: its fuse wire follows\nexit 1\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(SHIPPED_WIRE),
  ]),
);
chmodSync(binary, 0o755);

// 2. the project's own dist script, as a release build runs it
const run = spawnSync('npm', ['run', 'dist', '--', '--dir', '--linux', `-c.electronDist=${STAND_IN}`, `-c.directories.output=${OUT}`], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
});
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('npm run dist -- --dir failed: electron-builder refused the configuration or could not pack the app (above)');
  process.exit(1);
}
const unpacked = path.join(OUT, 'linux-unpacked');
const asarPath = path.join(unpacked, 'resources/app.asar');
check(existsSync(asarPath), 'no resources/app.asar: the app is not packed in an asar');

// 3. the fuses electron-builder.yml asks for were flipped in the binary it wrote, and each is the safe state
const builderConfig = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
const asked = fusesAskedIn(builderConfig);
const settings = fuseSettingsIn(builderConfig);
for (const [name, wanted] of Object.entries(FUSE_SETTINGS))
  check(settings[name] === wanted, `electron-builder.yml's electronFuses does not set ${name}: ${wanted}`);
const OPTION: Record<FuseName, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};
const executable = readdirSync(unpacked)
  .map((f) => path.join(unpacked, f))
  .find((f) => statSync(f).isFile() && readFileSync(f).includes(SENTINEL));
check(executable !== undefined, 'the packed app has no Electron binary with a fuse wire');
const wire = executable ? await getCurrentFuseWire(executable) : undefined;
const fuses: string[] = [];
for (const name of Object.keys(asked))
  check(name in SAFE_FUSES, `electron-builder.yml sets the fuse ${name}, which scripts/fuses.ts does not know`);
for (const [name, safe] of Object.entries(SAFE_FUSES) as Array<[FuseName, boolean]>) {
  const wants = asked[name];
  check(wants !== undefined, `electron-builder.yml does not set the fuse ${name}`);
  check(wants === safe, `electron-builder.yml sets ${name}: ${wants}, a safe app wants ${safe}`);
  const state = wire?.[OPTION[name]];
  const flipped = state === 49 ? 'true' : state === 48 ? 'false' : 'unset';
  check(flipped === String(wants), `the fuse ${name} is ${flipped} in the packed binary, electron-builder.yml asks ${wants}`);
  fuses.push(`${name}=${flipped}`);
}

// 4. what went into app.asar: the built app and its runtime dependencies only
const files = existsSync(asarPath) ? listPackage(asarPath, { isPack: false }).map((f) => f.replace(/\\/g, '/')) : [];
const ownFiles = files.filter((f) => !f.startsWith('/node_modules/'));
for (const f of ownFiles) {
  const allowed = f === '/package.json' || f === '/node_modules' || /^\/out(\/(main|preload|renderer)(\/.*)?)?$/.test(f);
  check(allowed, `${f} is in app.asar: only package.json and out/{main,preload,renderer} belong there`);
}
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; version?: string }>;
};
// electron-builder flattens the runtime tree (mammoth's argparse 1.x lands at the top, where the lock holds a
// development argparse 2.x): a packed package is one of the runtime tree's when a runtime entry has its name and version
const runtime = new Set(
  Object.entries(lock.packages)
    .filter(([k, v]) => k !== '' && !v.dev)
    .map(([k, v]) => `${k.replace(/^.*node_modules\//, '')}@${v.version}`),
);
const packedVersion = (p: string) => (JSON.parse(extractFile(asarPath, `${p}/package.json`).toString()) as { version?: string }).version;
const packed = new Set(
  files
    .map((f) => /^\/(node_modules\/(?:@[^/]+\/)?[^/]+)(?:\/|$)/.exec(f)?.[1])
    .filter((p): p is string => p !== undefined && !p.endsWith('/node_modules')),
);
for (const p of packed) {
  if (/\/@[^/]+$/.test(p)) continue; // a scope's folder, not a package
  const version = packedVersion(p);
  check(runtime.has(`${p.replace(/^node_modules\//, '')}@${version}`), `${p} ${version} is not a runtime dependency, packed into app.asar`);
}
for (const f of files) {
  check(!/\.map$/.test(f), `${f}: a source map in app.asar (none is intended)`);
  check(
    !/(^|\/)(tests?|__tests__|spec)\//.test(f) && !/\.(test|spec)\.[cm]?[jt]sx?$/.test(f) && !/\/tests?(_[^/]*)?\.[cm]?js$/.test(f),
    `${f}: a test in app.asar`,
  );
  check(!/\.[cm]?tsx?$/.test(f), `${f}: TypeScript source in app.asar`);
}
const main = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string }).main;
check(files.includes(`/${main}`), `package.json's main (${main}) is not in app.asar`);

// 4b. native code (sharp's binding, libvips) lies beside the asar in app.asar.unpacked, where Electron can load it
for (const folder of nativeRuntimePackages(lock as Lock).filter((f) => existsSync(path.join(ROOT, f)))) {
  check(existsSync(path.join(unpacked, 'resources/app.asar.unpacked', folder, 'package.json')), `${folder} is not unpacked from app.asar`);
}

// 5. every runtime dependency still loads from what was packed (nothing it needs was left out)
if (existsSync(asarPath)) {
  // outside the project, so that no node_modules up the tree stands in for a package left out
  const extracted = mkdtempSync(path.join(tmpdir(), 'package-check-app-'));
  extractAll(asarPath, extracted);
  const deps = Object.keys(
    (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
  );
  const load = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', deps.map((d) => `await import(${JSON.stringify(d)});`).join('\n')],
    { cwd: extracted, encoding: 'utf8' },
  );
  rmSync(extracted, { recursive: true, force: true });
  check(
    load.status === 0,
    `a runtime dependency does not load from app.asar's files: ${load.stderr.split('\n').find((l) => l.includes('Error')) ?? load.stderr}`,
  );
}

// 5b. the icons (rendered by npm run icons, which dist runs): every file at the sizes each platform needs, named in every target
for (const problem of await iconProblems(path.join(ROOT, 'build'), parse(builderConfig) as Parameters<typeof iconProblems>[1]))
  check(false, problem);

// 5c. the file types associated: .bstory and .bbulletin on every system, Linux also the older .story.json and .bulletin.json
for (const problem of associationProblems(parse(builderConfig) as AssociationConfig)) check(false, problem);

// 6. the size, and where it goes
const size = existsSync(asarPath) ? statSync(asarPath).size : 0;
const bySource = new Map<string, number>();
for (const f of files) {
  const s = statFile(asarPath, f.slice(1), false) as { size?: number };
  if (typeof s.size !== 'number') continue;
  const key = /^\/(node_modules\/(?:@[^/]+\/)?[^/]+|out\/[^/]+|[^/]+)/.exec(f)?.[1] ?? f;
  bySource.set(key, (bySource.get(key) ?? 0) + s.size);
}
const biggest = [...bySource.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 6)
  .map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KiB`);
console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MiB, ${files.length} entries, ${packed.size} runtime packages`);
console.log(`  largest: ${biggest.join(', ')}`);
console.log(`fuses in the packed binary: ${fuses.join(', ')}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.slice(0, 40).join('\n- ')}`);
  process.exit(1);
}
console.log(
  'package check passed: config, fuses, icons, file associations, and app.asar holds the built app and runtime dependencies only',
);
