import {defineConfig} from 'vitest/config';

// The same scale as test/helpers/timeouts.ts, which the tests' own timeouts use
// (read here directly: the config is loaded before TypeScript helpers are).
const scale = Number(process.env.DESIGN_DOCS_TEST_TIMEOUT_SCALE ?? '1');
const scaled = (ms: number) => (Number.isFinite(scale) && scale > 0 ? Math.round(ms * scale) : ms);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/afterEachFile.ts'],
    // Integration and browser tests run real `docusaurus build`s;
    // DESIGN_DOCS_TEST_TIMEOUT_SCALE stretches these on a slow machine.
    testTimeout: scaled(300_000),
    hookTimeout: scaled(600_000),
    pool: 'forks',
    maxWorkers: 2,
  },
});
