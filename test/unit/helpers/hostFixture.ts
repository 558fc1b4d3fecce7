// A running host per test on fresh temp folders, with a sentinel story file outside the library that must never change.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { makeFakeBuild, snapshotTree, startTestHost, type TestHost, type TestHostOptions } from './hostHarness';
import { isStoryFile } from '../../../shared/fileNames';

export const SENTINEL_TEXT = '{"sentinel": "outside the library; never read, moved or changed"}\n';

export interface HostFixture {
  /** The temp folder that holds everything below. */
  root: string;
  library: string;
  userData: string;
  build: string;
  /** `root/outside.story.json`: named like a story so that only the path rules keep it out. */
  outside: string;
  running: TestHost;
  port: number;
  token: string;
  /** Headers of a well-formed call with the right token. */
  auth(): Record<string, string>;
  storyFiles(): string[];
}

/**
 * Starts a host before each test and stops it after; then checks that nothing outside the library and the
 * user data folder (the sentinel, the build, the temp folder itself) was created, changed or removed.
 */
export function useHostFixture(keepAliveMs = 100, options: TestHostOptions = {}): HostFixture {
  const f = {} as HostFixture;
  let before: Record<string, string>;
  beforeEach(async () => {
    f.root = mkdtempSync(path.join(tmpdir(), 'host-test-'));
    f.library = path.join(f.root, 'library');
    f.userData = path.join(f.root, 'user-data');
    f.build = path.join(f.root, 'build');
    f.outside = path.join(f.root, 'outside.story.json');
    mkdirSync(f.library);
    mkdirSync(f.userData);
    writeFileSync(f.outside, SENTINEL_TEXT);
    makeFakeBuild(f.build, f.outside);
    f.running = await startTestHost(f.library, f.userData, f.build, keepAliveMs, options);
    f.port = f.running.host.port;
    f.token = f.running.host.token;
    f.auth = () => ({ authorization: `Bearer ${f.token}`, 'content-type': 'application/json' });
    f.storyFiles = () => readdirSync(f.library).filter((n) => isStoryFile(n));
    before = snapshotTree(f.root, [f.library, f.userData]);
  });
  afterEach(async () => {
    await f.running.close();
    expect(snapshotTree(f.root, [f.library, f.userData])).toEqual(before);
  });
  return f;
}
