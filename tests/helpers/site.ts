/**
 * The built site in a browser, for a test file: one Chromium and one static server, started
 * before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { serveDist, type RunningServer } from '../../support/static-server.ts';
import { SITE } from '../../site.config.mjs';
import { withBase } from '../../src/shared/urls.ts';

/** The address the page at a site path has in the served build: `/glossary/` → `/repo/glossary/`. */
export function served(path: string): string {
  return withBase(SITE.base, path);
}

export interface SiteUnderTest {
  /** The browser; available inside tests and hooks. */
  readonly browser: Browser;
  /**
   * Where the site is served: the server's origin, such as http://127.0.0.1:41234, and, for a
   * build with a sub-path address (SITE_URL=https://o.github.io/repo), that path after it
   * (http://127.0.0.1:41234/repo), with nothing served outside it.
   */
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
      serveDist(options.root, { gzip: options.gzip ?? false, base: SITE.base }),
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
