// The reliability suite's Node half (`npm run test:reliability`): the importer fuzzed, a library with corrupt files.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
  },
});
