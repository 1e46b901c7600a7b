import { defineConfig } from 'vitest/config';

/**
 * Three layers of tests, run in this order by `npm test` (which builds the site first):
 * unit tests of src/lib and src/plugins, checks on the built dist/, and Chromium tests.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A real browser on a shared CI machine can miss a beat; a test that fails twice is a bug.
          retry: 1,
        },
      },
    ],
  },
});
