import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'eval/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Network tests start their own servers on 127.0.0.1; two workers match the 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
