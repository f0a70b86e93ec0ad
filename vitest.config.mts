import {defineConfig} from 'vitest/config';
import {scaledTimeout} from './test/helpers/timeouts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/afterEachFile.ts'],
    // Integration and browser tests run real `docusaurus build`s;
    // DESIGN_DOCS_TEST_TIMEOUT_SCALE stretches these on a slow machine.
    testTimeout: scaledTimeout(300_000),
    hookTimeout: scaledTimeout(600_000),
    pool: 'forks',
    maxWorkers: 2,
  },
});
