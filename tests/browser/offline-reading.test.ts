/**
 * Reading offline after one visit: the service worker saves the whole explainer (every page and
 * the styles) on the first visit, and the search index the first time the reader searches; with the network cut, another page loads from
 * the saved copy and says so; while online, pages come from the network; and a new build replaces
 * the old cache. Run against a copy of dist/ so that the last test can change the build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { DIST_DIR, serveDist, type RunningServer } from '../../support/static-server.ts';
import { builtPages } from '../../support/pages.ts';
import { SITE } from '../../site.config.mjs';
import { withBase, withoutBase } from '../../src/shared/urls.ts';

const PAGES = builtPages();
const root = mkdtempSync(join(tmpdir(), 'offline-dist-'));
cpSync(DIST_DIR, root, { recursive: true });
const workerSource = () => readFileSync(join(root, 'sw.js'), 'utf8');
/** How many files the search index has: all of them must be saved once search is used. */
const SEARCH_INDEX_FILES = (
  JSON.parse(/"searchFiles": (\[[^\]]*\])/.exec(workerSource())?.[1] ?? '[]') as string[]
).filter((p) => p.startsWith(withBase(SITE.base, '/pagefind/'))).length;
const cacheName = () => /"cache": "([^"]+)"/.exec(workerSource())?.[1] ?? '';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchBrowser();
  // Under the base of a sub-path build, as its host serves it.
  server = await serveDist(root, { base: SITE.base });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Visit a page once and wait until the worker controls it and has saved every file. */
async function firstVisit(page: Page, path: string): Promise<string[]> {
  await page.goto(server.url + path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  const saved = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  }, cacheName());
  // Site paths, to compare with the list of pages whatever the base.
  return saved.map((p) => withoutBase(SITE.base, p));
}

const notice = (page: Page) => page.locator('.saved-copy');

describe.each([
  { name: '390px touch', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: '1280px', viewport: { width: 1280, height: 800 }, hasTouch: false },
])('reading offline at $name', (device) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext(device);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('saves every page and the styles on the first visit, but no search file', async () => {
    const saved = await firstVisit(page, '/');
    const missing = PAGES.filter((p) => !saved.includes(p));
    expect(missing, 'pages not saved for offline reading').toEqual([]);
    expect(saved.some((p) => p.endsWith('.css'))).toBe(true);
    expect(saved.filter((p) => p.startsWith('/pagefind/') || /^\/_astro\/search/.test(p))).toEqual(
      [],
    );
  });

  it('saves the whole search index once the reader has searched', async () => {
    await page.goto(`${server.url}/search/?q=geneva`);
    await page.locator('main a[href*="geneva" i]').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(
        () =>
          page.evaluate(
            async ([name, index]) => {
              const cache = await caches.open(name);
              const keys = (await cache.keys()).map((r) => new URL(r.url).pathname);
              return keys.filter((p) => p.startsWith(index)).length;
            },
            [cacheName(), withBase(SITE.base, '/pagefind/')] as const,
          ),
        { timeout: 30_000 },
      )
      .toBe(SEARCH_INDEX_FILES);
  });

  it('fetches pages from the network while online, with no saved-copy notice', async () => {
    await page.goto(`${server.url}/timeline/`);
    await expect(notice(page).count()).resolves.toBe(0);
  });

  it('with the network cut, opens another page from the saved copy and says so', async () => {
    await context.setOffline(true);
    try {
      await page.goto(`${server.url}/the-plan/`);
      await expect(page.locator('h1').innerText()).resolves.toMatch(/plan/i);
      await expect(notice(page).innerText()).resolves.toMatch(
        /You are reading a saved copy \(saved on \d{1,2} \w+ \d{4}/,
      );
      // The page keeps its styles, from the cache too.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      // Following a link works offline as well.
      const link = page.locator(`main a[href="${withBase(SITE.base, '/timeline/')}"]`).first();
      await (device.hasTouch ? link.tap() : link.click());
      await page.waitForURL('**/timeline/');
      await expect(notice(page).isVisible()).resolves.toBe(true);
      // Search works from the saved index: a result links to the glossary entry for Pokrovsk.
      await page.goto(`${server.url}/search/?q=pokrovsk`);
      await page.locator('main a[href*="pokrovsk" i]').first().waitFor({ timeout: 15_000 });
    } finally {
      await context.setOffline(false);
    }
  });
});

describe('a new build', () => {
  it('replaces the old cache with the new one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await firstVisit(page, '/');
      const before = cacheName();
      // What a rebuild with changed content does: a worker with a new version.
      const after = `${before.slice(0, -6)}f00d42`;
      writeFileSync(join(root, 'sw.js'), workerSource().replace(before, after));
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
      });
      // The new worker installs its cache, then on activation deletes the old one.
      await page.evaluate(async (name) => {
        for (let i = 0; i < 120; i++) {
          const keys = await caches.keys();
          if (keys.includes(name) && keys.length === 1) return;
          await new Promise((done) => setTimeout(done, 250));
        }
      }, after);
      const keys = await page.evaluate(() => caches.keys());
      expect(keys).toEqual([after]);
    } finally {
      await context.close();
    }
  });
});
