import { defineConfig } from 'vitest/config';
import { SUBPATH_DIST, SUBPATH_SITE_URL } from './support/subpath.ts';

const BROWSER = {
  testTimeout: 120_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  // A real browser on a shared CI machine can miss a beat; a test that fails twice is a bug.
  retry: 1,
};

/** The sub-path build (npm run build:subpath), read as served under its path only. */
const SUBPATH = { env: { SITE_URL: SUBPATH_SITE_URL, DIST_DIR: SUBPATH_DIST } };

/**
 * Three layers of tests, run in this order by `npm test` (which builds the site first):
 * unit tests of src/lib and src/plugins, checks on the built dist/, and Chromium tests. The
 * built-site checks of links, HTML and meta, and the browser tests of search, previews, offline
 * reading and the theme, run once more against the build for a sub-path address.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...BROWSER } },
      {
        test: {
          name: 'site-subpath',
          include: [
            'tests/site/links.test.ts',
            'tests/site/html-validate.test.ts',
            'tests/site/meta.test.ts',
            'tests/site/social.test.ts',
          ],
          testTimeout: 60_000,
          ...SUBPATH,
        },
      },
      {
        test: {
          name: 'browser-subpath',
          include: [
            'tests/browser/search-page.test.ts',
            'tests/browser/previews-citations-and-terms.test.ts',
            'tests/browser/offline-reading.test.ts',
            'tests/browser/keyboard.test.ts',
          ],
          ...BROWSER,
          // After the other browser tests, so two Chromiums never share the machine.
          sequence: { groupOrder: 1 },
          ...SUBPATH,
        },
      },
    ],
  },
});
