#!/usr/bin/env node
// `npm start`: builds the app, then runs it in Electron when Electron's runtime is installed, otherwise serves it to a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (text) => process.stdout.write(`${text}\n`);

/** npm itself, as `npm start` ran it (npm_execpath), or the npm on the PATH. */
function npm(args) {
  const npmCli = process.env.npm_execpath;
  return npmCli && /\.(c?js|mjs)$/.test(npmCli)
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
}

/**
 * The Electron executable, or why there is none. Read from electron/path.txt and electron/dist/ (never by
 * requiring 'electron', which tries to download the runtime when it is missing).
 */
function electronRuntime() {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (!executable || !existsSync(executable)) {
    return {
      reason:
        'no Electron runtime is installed (its binary was not downloaded, as in an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
    };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'Electron is installed but there is no display (DISPLAY and WAYLAND_DISPLAY are not set)' };
  }
  return { executable };
}

/**
 * Runs a child on this terminal and exits with its status. Ctrl+C reaches the child from the terminal itself
 * (passing it on as well would be a second one, which tells `bulletin serve` to stop without saving); a
 * SIGTERM sent to this process alone is passed on, so the child can flush its writes.
 */
function runForeground(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  child.on('error', (e) => {
    process.stderr.write(`npm start: could not start ${command}: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const built = npm(['run', '--silent', 'build']);
if (built.status !== 0) {
  process.stderr.write('npm start: the build failed (see above).\n');
  process.exit(built.status ?? 1);
}

const runtime = electronRuntime();
const appArgs = process.argv.slice(2);
if (runtime.executable) {
  say('Bulletin Desk: starting the app in Electron.');
  runForeground(runtime.executable, [root, ...appArgs]);
} else {
  say(`Bulletin Desk: not starting Electron: ${runtime.reason}.`);
  say('Serving the same app to your browser on 127.0.0.1 instead (bulletin serve --open); Ctrl+C stops it.\n');
  runForeground(process.execPath, [path.join(root, 'bin', 'bulletin.mjs'), 'serve', '--open', ...appArgs]);
}
