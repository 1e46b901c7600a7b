/**
 * A content page loads no search code until the reader asks: before search is opened the only
 * search code is the tiny launcher inside the page loader, and neither the search UI nor
 * Pagefind's files are fetched.
 * Opening search fetches them; a page opened from a result loads the word marker, not the index.
 *
 * Most tests block service workers, to see what the page itself fetches; one lets the offline
 * worker install, to show that saving the site for offline reading does not fetch search either.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../support/static-server.ts';
import { statusFor, watchedPage } from './search-support.ts';
import { useSite } from '../helpers/site.ts';

/** Budgets before search, gzip: the page loader (with the launcher), and all JavaScript on a content page. */
const LOADER_BUDGET = 2048;
const JS_BUDGET = 4096;

const site = useSite({ gzip: true });

// Each test sees a first visit, in a context of its own, closed after it.
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** A fresh page whose every request (the page's and any worker's) is recorded in `paths`. */
async function recordedPage(
  serviceWorkers: 'block' | 'allow' = 'block',
): Promise<{ page: Page; paths: string[]; errors: string[] }> {
  const context = await site.browser.newContext({ serviceWorkers });
  contexts.push(context);
  const paths: string[] = [];
  context.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return { ...(await watchedPage(context)), paths };
}

const gzipBytes = (path: string): number =>
  gzipSync(readFileSync(join(DIST_DIR, path)), { level: 9 }).length;
const isSearchCode = (path: string): boolean =>
  path.startsWith('/pagefind/') || /\/_astro\/search[^/]*$/.test(path);

describe('search loads on demand', () => {
  it('saving the site for offline reading on a first visit fetches no search file', async () => {
    const { page, paths } = await recordedPage('allow');
    await page.goto(`${site.url}/the-plan/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForLoadState('networkidle');
    expect(
      paths.filter((p) => p.endsWith('/')).length,
      'pages saved by the worker',
    ).toBeGreaterThan(10);
    expect(paths.filter(isSearchCode)).toEqual([]);
  });

  it('a content page fetches only the launcher until search is opened', async () => {
    const { page, paths, errors } = await recordedPage();
    await page.goto(`${site.url}/security-guarantees/`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);

    expect(paths.filter(isSearchCode)).toEqual([]);
    const scripts = paths.filter((p) => p.endsWith('.js'));
    const loader = scripts.find((p) => p.includes('PageLoader'));
    expect(loader, 'the page loader, with the search launcher').toBeTruthy();
    expect(gzipBytes(loader!)).toBeLessThanOrEqual(LOADER_BUDGET);
    const total = scripts.reduce((sum, p) => sum + gzipBytes(p), 0);
    expect(total, `JavaScript before search: ${scripts.join(', ')}`).toBeLessThanOrEqual(JS_BUDGET);

    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('frozen assets');
    await statusFor(page, 'frozen assets');
    const loaded = paths.filter(isSearchCode);
    expect(loaded).toEqual(
      expect.arrayContaining([expect.stringMatching(/search-ui/), '/pagefind/pagefind.js']),
    );
    expect(loaded.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('pointing at the search button starts loading search, before it is pressed', async () => {
    const { page, paths, errors } = await recordedPage();
    await page.goto(`${site.url}/the-plan/`, { waitUntil: 'networkidle' });
    expect(paths.filter(isSearchCode)).toEqual([]);
    await page.hover('header [data-search-open]');
    await expect
      .poll(() => paths.filter(isSearchCode))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/search-ui/),
          '/pagefind/pagefind.js',
          '/pagefind/pagefind-entry.json',
        ]),
      );
    expect(await page.locator('dialog.search-dialog[open]').count(), 'no dialog yet').toBe(0);
    // Pressing it then opens search on what has loaded, without loading any of it twice.
    await page.click('header [data-search-open]');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('frozen assets');
    await statusFor(page, 'frozen assets');
    const loaded = paths.filter(isSearchCode);
    expect(loaded.filter((p) => p === '/pagefind/pagefind.js')).toHaveLength(1);
    expect(loaded.filter((p) => /search-ui/.test(p))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('with Save-Data on, search loads when the button is pressed, not when pointed at', async () => {
    const { page, paths, errors } = await recordedPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(`${site.url}/the-plan/`, { waitUntil: 'networkidle' });
    expect(
      await page.evaluate(
        () => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData,
      ),
    ).toBe(true);
    await page.hover('header [data-search-open]');
    await page.focus('header [data-search-open]');
    await page.waitForTimeout(300);
    expect(paths.filter(isSearchCode)).toEqual([]);
    await page.click('header [data-search-open]');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('frozen assets');
    await statusFor(page, 'frozen assets');
    expect(paths.filter(isSearchCode)).toEqual(
      expect.arrayContaining([expect.stringMatching(/search-ui/), '/pagefind/pagefind.js']),
    );
    expect(errors).toEqual([]);
  });

  it('a page opened from a result marks the words without loading the index', async () => {
    const { page, paths, errors } = await recordedPage();
    await page.goto(`${site.url}/economic-pressure/?pagefind-highlight=frozen`, {
      waitUntil: 'networkidle',
    });
    await page.waitForSelector('main mark.search-hit', { state: 'attached' });
    expect(paths.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.locator('header mark.search-hit').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a page opened normally loads no marker', async () => {
    const { page, paths } = await recordedPage();
    await page.goto(`${site.url}/economic-pressure/`, { waitUntil: 'networkidle' });
    expect(paths.filter(isSearchCode)).toEqual([]);
    expect(await page.locator('mark.search-hit').count()).toBe(0);
  });
});
