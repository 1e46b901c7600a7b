/**
 * `npm run build:subpath`: build the site for an address with a path (support/subpath.ts) into
 * its own folder, so the tests can read the site as a GitHub Pages project site serves it.
 */
import { spawnSync } from 'node:child_process';
import { SUBPATH_DIST, SUBPATH_SITE_URL } from '../support/subpath.ts';

const result = spawnSync('npx', ['astro', 'build', '--outDir', SUBPATH_DIST], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: SUBPATH_SITE_URL },
});
process.exit(result.status ?? 1);
