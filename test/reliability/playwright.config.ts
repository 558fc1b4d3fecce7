// The reliability suite's browser half (`npm run test:reliability`): kills and a full disk while a story is typed.
import { defineConfig } from '@playwright/test';
import type { Target } from '../e2e/fixtures';

export default defineConfig<{ target: Target }>({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  timeout: 240_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  outputDir: '../../.tmp/reliability-results',
  projects: [{ name: 'browser', use: { target: 'browser' } }],
});
