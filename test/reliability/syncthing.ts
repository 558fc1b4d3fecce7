// Two real Syncthing instances on loopback only (no discovery, relays, NAT, usage or crash reports, upgrades), sharing one folder, driven by their REST API.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const FOLDER_ID = 'library';
const HOST = '127.0.0.1';

/** The syncthing binary, or null when it is not installed (the tests are then skipped, saying why). */
export function syncthingBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v syncthing'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() !== '' ? found.stdout.trim() : null;
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Instance {
  name: string;
  home: string;
  folder: string;
  deviceId: string;
  guiPort: number;
  syncPort: number;
  apiKey: string;
  process?: ChildProcess;
  log: string;
}

/** Makes the keys of one instance (`syncthing generate`) and reads its device ID; the config is written by `configure`. */
export function prepare(name: string, home: string, folder: string, guiPort: number, syncPort: number): Instance {
  // the folder and Syncthing's marker in it (without the marker Syncthing refuses to use the folder)
  mkdirSync(path.join(folder, '.stfolder'), { recursive: true });
  const made = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], {
    encoding: 'utf8',
    env: quietEnv(),
  });
  const id = /Device ID:\s*([A-Z0-9-]{63})/.exec(`${made.stdout}\n${made.stderr}`)?.[1];
  if (made.status !== 0 || !id) throw new Error(`syncthing generate failed (${made.status}): ${made.stderr}`);
  return { name, home, folder, deviceId: id, guiPort, syncPort, apiKey: randomBytes(24).toString('hex'), log: '' };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The whole config.xml of `self`, which shares the folder with `peer`: every address is 127.0.0.1, nothing is announced or reported. */
export function configure(self: Instance, peer: Instance): void {
  const device = (d: Instance) => `
  <device id="${d.deviceId}" name="${d.name}" compression="metadata" introducer="false">
    <address>tcp://${HOST}:${d.syncPort}</address>
    <paused>false</paused>
    <autoAcceptFolders>false</autoAcceptFolders>
  </device>`;
  const config = `<configuration version="36">
  <folder id="${FOLDER_ID}" label="Bulletin Desk" path="${xml(self.folder)}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    <device id="${self.deviceId}"></device>
    <device id="${peer.deviceId}"></device>
    <minDiskFree unit="%">0</minDiskFree>
    <maxConflicts>10</maxConflicts>
    <markerName>.stfolder</markerName>
    <paused>false</paused>
  </folder>${device(self)}${device(peer)}
  <gui enabled="true" tls="false" debugging="false">
    <address>${HOST}:${self.guiPort}</address>
    <apikey>${self.apiKey}</apikey>
  </gui>
  <options>
    <listenAddress>tcp://${HOST}:${self.syncPort}</listenAddress>
    <globalAnnounceServer></globalAnnounceServer>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <stunKeepaliveStartS>0</stunKeepaliveStartS>
    <stunServer></stunServer>
    <urAccepted>-1</urAccepted>
    <urURL></urURL>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <releasesURL></releasesURL>
    <crashReportingEnabled>false</crashReportingEnabled>
    <crashReportingURL></crashReportingURL>
    <startBrowser>false</startBrowser>
    <reconnectionIntervalS>1</reconnectionIntervalS>
    <restartOnWakeup>false</restartOnWakeup>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
    <setLowPriority>false</setLowPriority>
  </options>
</configuration>
`;
  writeFileSync(path.join(self.home, 'config.xml'), config);
}

/** Syncthing's environment: no upgrades, no restarts by a monitor, no default folder. */
function quietEnv(): NodeJS.ProcessEnv {
  return { ...process.env, STNOUPGRADE: '1', STNORESTART: '1', STNODEFAULTFOLDER: '1' };
}

export function start(self: Instance): void {
  const child = spawn(
    'syncthing',
    [
      'serve',
      `--home=${self.home}`,
      '--no-browser',
      '--no-restart',
      '--no-upgrade',
      `--gui-address=http://${HOST}:${self.guiPort}`,
      `--gui-apikey=${self.apiKey}`,
      '--logflags=0',
    ],
    { env: quietEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const keep = (d: Buffer) => void (self.log = (self.log + d.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  self.process = child;
  // never left running, whatever ends the test run
  const kill = () => void child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
}

/** Stops an instance: SIGTERM, then SIGKILL when it has not gone within 5 s. */
export async function stop(self: Instance): Promise<void> {
  const child = self.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** One REST call on the instance's own GUI address (127.0.0.1); the answer's JSON, or null when it has none. */
export async function rest(self: Instance, method: 'GET' | 'POST' | 'PATCH', route: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`http://${HOST}:${self.guiPort}${route}`, {
    method,
    headers: { 'X-API-Key': self.apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${self.name}: ${method} ${route} answered ${response.status}: ${text}`);
  return text === '' ? null : (JSON.parse(text) as unknown);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it answers a value (not undefined) or `ms` pass; then fails saying `what`. */
export async function waitFor<T>(what: string, ms: number, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`waited ${ms} ms for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await sleep(250);
  }
}

/** Whether `self` is connected to `peer` now. */
export async function connected(self: Instance, peer: Instance): Promise<boolean> {
  const answer = (await rest(self, 'GET', '/rest/system/connections')) as { connections: Record<string, { connected: boolean }> };
  return answer.connections[peer.deviceId]?.connected === true;
}

/**
 * Pauses or resumes the shared folder on `self`: while paused it neither scans nor exchanges anything, the connection
 * stays. (Pausing the device instead makes both sides dial again at once on resume, and 1.19 then often waits out
 * its 20 s Hello timeout.)
 */
export async function setFolderPaused(self: Instance, paused: boolean): Promise<void> {
  await rest(self, 'PATCH', `/rest/config/folders/${FOLDER_ID}`, { paused });
}

/** Scans the shared folder now (answers once the scan is done). */
export async function scan(self: Instance): Promise<void> {
  await rest(self, 'POST', `/rest/db/scan?folder=${FOLDER_ID}`);
}

/** Whether `self` holds the newest version of a file of the folder (its own record of it is the cluster's). */
export async function holdsNewest(self: Instance, file: string): Promise<boolean> {
  const answer = (await rest(self, 'GET', `/rest/db/file?folder=${FOLDER_ID}&file=${encodeURIComponent(file)}`)) as {
    global?: { version?: unknown };
    local?: { version?: unknown; invalid?: boolean };
  };
  return (
    answer.local?.invalid !== true &&
    answer.global?.version !== undefined &&
    JSON.stringify(answer.local?.version) === JSON.stringify(answer.global.version)
  );
}
