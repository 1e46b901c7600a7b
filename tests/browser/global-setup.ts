/**
 * The browser tests' one Chromium and one server of dist/ (plain and gzip), started once for
 * every test file. Test files reach them through support/browser.ts and support/static-server.ts,
 * which read the endpoints from the environment set here (workers inherit it).
 */
import { SHARED_BROWSER_ENV } from '../../src/diagrams/chromium.ts';
import { startSharedBrowser } from '../../support/browser.ts';
import { builtPages } from '../../support/pages.ts';
import { SHARED_SERVER_ENV, startServer } from '../../support/static-server.ts';

export default async function setup(): Promise<() => Promise<void>> {
  builtPages(); // fails at once, saying to run npm run build, when there is no build
  const [browser, plain, gzip] = await Promise.all([
    startSharedBrowser(),
    startServer(),
    startServer(undefined, { gzip: true }),
  ]);
  process.env[SHARED_BROWSER_ENV] = browser.endpoint;
  process.env[SHARED_SERVER_ENV.plain] = plain.url;
  process.env[SHARED_SERVER_ENV.gzip] = gzip.url;
  return async () => {
    await Promise.all([browser.close(), plain.close(), gzip.close()]);
  };
}
