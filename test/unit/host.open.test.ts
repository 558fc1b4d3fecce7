// `bulletin serve --open`: the browser is given a private page that leads to the app, never the token on a command line.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInBrowser, type Spawner } from '../../electron/host/browserOpener';
import { useHostFixture } from './helpers/hostFixture';
import { FAKE_INDEX_HTML, rawRequest } from './helpers/hostHarness';

const f = useHostFixture();

interface Spawned {
  command: string;
  args: string[];
}

/** A stand-in for spawn that records the command line; `fail` makes it report the error spawn would. */
function recordingSpawner(fail?: string): { spawn: Spawner; spawned: Spawned[] } {
  const spawned: Spawned[] = [];
  const spawn: Spawner = (command, args) => {
    spawned.push({ command, args });
    return {
      on(_event, listener) {
        if (fail) queueMicrotask(() => listener(new Error(fail)));
      },
      unref: () => undefined,
    };
  };
  return { spawn, spawned };
}

const tempRoot = () => mkdtempSync(path.join(tmpdir(), 'host-open-'));

/** The addresses the page sends the browser to: its meta refresh, its script and its link. */
function targetsOf(html: string): string[] {
  const refresh = /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(html)?.[1] ?? '';
  const script = /location\.replace\(("[^"]+")\)/.exec(html)?.[1] ?? '""';
  const link = /<a href="([^"]+)">/.exec(html)?.[1] ?? '';
  const unescape = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  return [unescape(refresh), JSON.parse(script) as string, unescape(link)];
}

describe('serve --open', () => {
  it.each([['linux'], ['darwin'], ['win32']] as const)(
    'puts no token on the opener’s command line (%s): only the path of a private page',
    (platform) => {
      const { spawn, spawned } = recordingSpawner();
      const opened = openInBrowser(f.running.host.url, { spawn, platform, tempRoot: tempRoot(), onFailure: () => undefined });
      try {
        expect(spawned).toHaveLength(1);
        const commandLine = [spawned[0]!.command, ...spawned[0]!.args].join(' ');
        expect(commandLine).not.toContain(f.token);
        expect(commandLine).not.toContain('token');
        expect(spawned[0]!.args.at(-1)).toBe(opened.file);
        expect(spawned[0]!.command).toBe({ linux: 'xdg-open', darwin: 'open', win32: 'cmd' }[platform]);
      } finally {
        opened.remove();
      }
    },
  );

  it('writes the page 0600 in a folder of its own (0700) and the page leads to the app with this run’s token', async () => {
    const { spawn } = recordingSpawner();
    const opened = openInBrowser(f.running.host.url, { spawn, platform: 'linux', tempRoot: tempRoot(), onFailure: () => undefined });
    try {
      expect(path.extname(opened.file)).toBe('.html');
      if (process.platform !== 'win32') {
        expect(statSync(opened.file).mode & 0o777).toBe(0o600);
        expect(statSync(path.dirname(opened.file)).mode & 0o777).toBe(0o700);
      }
      const html = readFileSync(opened.file, 'utf8');
      for (const target of targetsOf(html)) {
        expect(target).toBe(f.running.host.url);
        const url = new URL(target);
        expect((await rawRequest(f.port, 'GET', url.pathname)).body).toBe(FAKE_INDEX_HTML);
        const token = new URLSearchParams(url.hash.slice(1)).get('token');
        const info = await rawRequest(
          f.port,
          'POST',
          '/api/call/app.info',
          { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          '{}',
        );
        expect(info.status).toBe(200);
      }
      // no referrer, no address of the page's own left in the history
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
    } finally {
      opened.remove();
    }
  });

  it('removes the page and its folder after a while, or at once on remove() (the host stopping)', async () => {
    const { spawn } = recordingSpawner();
    const soon = openInBrowser(f.running.host.url, {
      spawn,
      platform: 'linux',
      tempRoot: tempRoot(),
      removeAfterMs: 100,
      onFailure: () => undefined,
    });
    expect(existsSync(soon.file)).toBe(true);
    await expect.poll(() => existsSync(path.dirname(soon.file)), { timeout: 2000 }).toBe(false);

    const later = openInBrowser(f.running.host.url, { spawn, platform: 'linux', tempRoot: tempRoot(), onFailure: () => undefined });
    later.remove();
    expect(existsSync(path.dirname(later.file))).toBe(false);
    later.remove(); // twice is harmless
  });

  it('says why when no browser can be started, and removes the page at once', async () => {
    const { spawn } = recordingSpawner('spawn xdg-open ENOENT');
    const failures: string[] = [];
    const opened = openInBrowser(f.running.host.url, {
      spawn,
      platform: 'linux',
      tempRoot: tempRoot(),
      onFailure: (why) => failures.push(why),
    });
    await expect.poll(() => failures).toEqual(['spawn xdg-open ENOENT']);
    expect(existsSync(path.dirname(opened.file))).toBe(false);
  });
});
