import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// `npm run screenshots`: not a test suite. It drives the project's own
// browser test tooling (test/helpers) to photograph the built example
// portal for the README.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['scripts/screenshots/takeScreenshots.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
