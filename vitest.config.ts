// Unit tests: shared/ and electron/services on real temp folders; e2e and bench run elsewhere.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
