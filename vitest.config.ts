import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // End-to-end tests spawn the CLI many times: on two cores with every worker busy one took over 20 s in CI.
    testTimeout: 60_000,
    hookTimeout: 20_000,
    // Tests spawn the CLI and open SQLite files; two cores → keep parallelism modest.
    maxWorkers: 2,
    // The compatibility reporter writes docs/compatibility.json after a full run whose matrix results changed.
    reporters: ['default', './test/support/compat-reporter.ts'],
  },
});
