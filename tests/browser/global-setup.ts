/**
 * The browser tests' one Chromium and one server of the built site (plain and gzip), started
 * once for every test file. Test files reach them through support/browser.ts and
 * support/static-server.ts, which read the endpoints from the environment set here (workers
 * inherit it).
 *
 * Each browser project runs this with its own `env` (vitest.config.ts): `browser` serves dist/,
 * `browser-subpath` serves the sub-path build under its base. All global setups run before the
 * first test, so the second project reuses the Chromium the first started, and each adds its
 * servers to the shared list rather than replacing the other's.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SHARED_BROWSER_ENV } from '../../src/diagrams/chromium.ts';
import { normaliseBase } from '../../src/shared/urls.ts';
import { startSharedBrowser } from '../../support/browser.ts';
import { builtPages } from '../../support/pages.ts';
import { shareServer, startServer } from '../../support/static-server.ts';
import { SUBPATH_DIST } from '../../support/subpath.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The project's own env (vitest.config.ts), else this process's: a deploy builds dist/ itself
  // for the SITE_URL it is given, which may have a path.
  const env = { ...process.env, ...project.config.env };
  const root = resolve(String(env['DIST_DIR'] ?? 'dist'));
  const base = env['SITE_URL'] ? normaliseBase(new URL(String(env['SITE_URL'])).pathname) : '';
  if (project.config.env?.['DIST_DIR'] === SUBPATH_DIST && !existsSync(join(root, 'index.html'))) {
    throw new Error(
      `No sub-path build in ${root}: run \`npm run build:subpath\` first (it builds the site for the address in support/subpath.ts into ${SUBPATH_DIST}/).`,
    );
  }
  builtPages(root); // fails at once, saying to run npm run build, when there is no build
  const reused = process.env[SHARED_BROWSER_ENV];
  const [browser, plain, gzip] = await Promise.all([
    reused ? undefined : startSharedBrowser(),
    startServer(root, { base }),
    startServer(root, { gzip: true, base }),
  ]);
  if (browser) process.env[SHARED_BROWSER_ENV] = browser.endpoint;
  shareServer(root, { base }, plain);
  shareServer(root, { gzip: true, base }, gzip);
  return async () => {
    // The projects' teardowns run in reverse order, so the one that started Chromium ends last.
    await Promise.all([browser?.close(), plain.close(), gzip.close()]);
  };
}
