import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'eval/**/*.test.ts'],
    // Builds dist/ when it is older than src/: the CLI tests spawn the built CLI (see the file).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Network tests start their own servers on 127.0.0.1; two workers match the 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
