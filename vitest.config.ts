import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // Two cores here: more workers only contend.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
