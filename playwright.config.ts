// End-to-end tests: the built app in Debian's Chromium against `bulletin serve` (and in Electron where it is installed).
import { defineConfig } from '@playwright/test';

export default defineConfig({
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
  outputDir: 'node_modules/.cache/e2e-results',
});
