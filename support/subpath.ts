/**
 * The second build the tests read: the same site with an address that has a path, as GitHub
 * Pages serves a project site, written to its own folder. `npm run build:subpath` makes it; the
 * `site-subpath` and `browser-subpath` test projects (vitest.config.ts) serve and check it under
 * that path only.
 */

/** The address of the sub-path build: its path, `/peace-plan-explainer`, is the base. */
export const SUBPATH_SITE_URL = 'https://example.github.io/peace-plan-explainer';

/** The folder the sub-path build is written to. */
export const SUBPATH_DIST = 'dist-subpath';
