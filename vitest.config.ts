import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './scripts/summary-reporter.ts';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // Two cores here: more workers only contend.
    maxWorkers: 2,
    reporters: ['default', new SummaryReporter()],
    testTimeout: 20_000,
  },
});
