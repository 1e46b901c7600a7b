import { defineConfig } from 'vitest/config';

/**
 * Three layers of tests, run in this order by `npm test` (which builds the site first): unit
 * tests (no browser, no build), checks on the built dist/, and Chromium tests (one shared
 * Chromium and server; the diagram renderer's tests are here too, since they draw in Chromium).
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
          // One Chromium and one server for every file (see the setup file); files run one at a
          // time, so timings and focus are never disturbed by another file's pages.
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
        },
      },
      {
        // Starts `astro dev` on a copy of the project and waits for its whole first index:
        // minutes on a 2-core machine, so it runs on its own (`npm run test:dev-server`).
        test: {
          name: 'dev-server',
          include: ['tests/dev-server/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
