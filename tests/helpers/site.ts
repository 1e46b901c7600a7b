/**
 * The built site in a browser, for a test file: one Chromium and one static server, started
 * before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { serveDist, type RunningServer } from '../../support/static-server.ts';

export interface SiteUnderTest {
  /** The browser; available inside tests and hooks. */
  readonly browser: Browser;
  /** The server's origin, such as http://127.0.0.1:41234. */
  readonly url: string;
}

/**
 * Register the hooks that start and stop the browser and the server for this test file. `gzip`
 * compresses responses as a real host does, for tests that count bytes.
 */
export function useSite(options: { root?: string; gzip?: boolean } = {}): SiteUnderTest {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchBrowser(),
      serveDist(options.root, { gzip: options.gzip ?? false }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('useSite(): the site is only ready inside tests and hooks.');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}
