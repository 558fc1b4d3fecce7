// End-to-end tests: the built app in Debian's Chromium against `bulletin serve` (and in Electron where it is installed).
import { defineConfig } from '@playwright/test';
import type { Target } from './test/e2e/fixtures';

export default defineConfig<{ target: Target }>({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  outputDir: '.tmp/e2e-results',
  projects: [
    // the loopback host in Debian's Chromium: always
    { name: 'browser', use: { target: 'browser' }, testIgnore: /electron\.spec\.ts/ },
    // the same specs in Electron: skipped, with the reason printed, where no Electron binary is installed
    { name: 'electron', use: { target: 'electron' }, testIgnore: /host\.spec\.ts/ },
  ],
});
