import { configDefaults, defineConfig } from 'vitest/config';
import { SUBPATH_DIST, SUBPATH_SITE_URL } from './support/subpath.ts';

const BROWSER = {
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // One Chromium and one server for every file (see the setup file). Each file opens its own
  // contexts in it, so files can run side by side.
  globalSetup: ['tests/browser/global-setup.ts'],
  // What a page shows after a click can take a while while other files keep the cores busy.
  expect: { poll: { timeout: 20_000 } },
};

/**
 * The sub-path build (npm run build:subpath), read as served under its path only. Its files get
 * modules of their own (isolate): the site's settings (site.config.mjs) and the folder served are
 * read from the environment when a module is first imported.
 */
const SUBPATH = { env: { SITE_URL: SUBPATH_SITE_URL, DIST_DIR: SUBPATH_DIST }, isolate: true };

/**
 * Three layers of tests, run by `npm test` (which builds the site first): unit tests (no
 * browser, no build), checks on the built dist/, and Chromium tests (one shared Chromium and
 * server; the diagram renderer's tests are here too, since they draw in Chromium). All of them
 * share one pool, three files at a time, except the every-page sweep (project `sweep`), which
 * runs alone after them: it keeps both cores busy by itself, and beside other files it only
 * slows them and itself down. The unit tests run beside the builds, and the type check beside
 * the tests of the builds (`npm test` in package.json), so that both cores are kept busy.
 * The built-site checks of links, routes, HTML, meta and social cards, and the browser tests of
 * search, previews, offline reading and the keyboard, run once more against the build for a
 * sub-path address (`npm run build:subpath`), with tests/browser/sub-path.test.ts for what only
 * that build has.
 */
export default defineConfig({
  test: {
    maxWorkers: 3,
    projects: [
      // Unit files share the cores with the built-site files: a generous limit. The modules a
      // unit file imports are loaded once per worker rather than once per file (isolate: false),
      // which halves the unit tests' time; no unit file changes a module's state for the next.
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          // As for the unit files: their modules are loaded once per worker.
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: [
            ...configDefaults.exclude,
            'tests/browser/sub-path.test.ts',
            'tests/browser/every-page.test.ts',
          ],
          ...BROWSER,
        },
      },
      {
        test: {
          name: 'sweep',
          include: ['tests/browser/every-page.test.ts'],
          ...BROWSER,
          fileParallelism: false,
          // After every other project's files.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'site-subpath',
          include: [
            'tests/site/links.test.ts',
            'tests/site/html-validate.test.ts',
            'tests/site/meta.test.ts',
            'tests/site/social.test.ts',
            'tests/site/routes.test.ts',
          ],
          testTimeout: 60_000,
          ...SUBPATH,
        },
      },
      {
        test: {
          name: 'browser-subpath',
          include: [
            // A few pages each: what the sub-path adds is the address, not the pages.
            'tests/browser/search-page.test.ts',
            'tests/browser/previews-citations-and-terms.test.ts',
            'tests/browser/offline-reading.test.ts',
            'tests/browser/keyboard.test.ts',
            // Both editions' addresses, Ukrainian search and the language switch.
            'tests/browser/sub-path.test.ts',
          ],
          ...BROWSER,
          ...SUBPATH,
        },
      },
      {
        // Each file starts `astro dev` on a copy of the project (one waits for its whole first
        // index): minutes on a 2-core machine, so they run on their own
        // (`npm run test:dev-server`), one file at a time.
        test: {
          name: 'dev-server',
          include: ['tests/dev-server/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
