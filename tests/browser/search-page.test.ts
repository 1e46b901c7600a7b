/**
 * The /search/ page: a search can be linked (`?q=`), the address follows what is typed, filters
 * narrow the results with counts, Enter opens a result only once the results are for what the
 * field says, and without JavaScript the page says search needs it and offers the glossary and
 * the site map instead.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/search/query.ts';
import { searchOnPage, statusFor, topResults, useSharedPage } from './search-support.ts';
import { served, useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });

describe('the search page', () => {
  // One page for the tests with JavaScript; each opens its own search address in it.
  const shared = useSharedPage(site);

  it('runs the search in ?q= and keeps the address current', async () => {
    const { page, errors } = shared;
    await page.goto(`${site.url}/search/?q=witkoff`);
    expect(await statusFor(page, 'witkoff')).toMatch(/^\d+ results? for “witkoff”/);
    expect(await page.inputValue('#search-page-input')).toBe('witkoff');
    await searchOnPage(page, 'article 5');
    expect(new URL(page.url()).searchParams.get('q')).toBe('article 5');
    // The header's search button focuses this page's field instead of opening a dialog.
    await page.locator('a.search-button').click();
    // The launcher's handler may still be loading on a busy machine: wait for the focus to move.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('search-page-input');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('filters by kind and side, with counts that match the results', async () => {
    const { page, errors } = shared;
    await page.goto(`${site.url}/search/?q=kyiv`);
    await statusFor(page, 'kyiv');
    const all = Number((await page.locator('.search-status').textContent())?.match(/^\d+/)?.[0]);
    const event = page.locator('fieldset.search-filter label', { hasText: /^\s*Event\b/ });
    const count = Number((await event.locator('.search-count').textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    await event.locator('input').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (n) => document.querySelector('.search-status')?.textContent?.startsWith(`${n} result`),
      count,
    );
    const contexts = await page
      .locator('[role="option"]:not(.search-sub) .search-context')
      .allTextContents();
    expect(contexts.length).toBe(Math.min(count, PAGE_SIZE));
    for (const context of contexts) expect(context).toMatch(/^Event\b/);
    // Focus stays on the checkbox the reader toggled.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'Event',
    );

    await searchOnPage(page, 'ukraine');
    await page
      .locator('fieldset.search-filter label', { hasText: /^\s*Event\b/ })
      .locator('input')
      .uncheck();
    const side = page.locator('fieldset.search-filter', { hasText: 'Side' });
    const ukraine = side.locator('label', { hasText: /^\s*Ukraine\b/ });
    await ukraine.locator('input').check();
    // The filtered search runs after the click: wait for its results, not the previous ones.
    await expect
      .poll(async () => {
        const urls = await topResults(page);
        return urls.length > 0 && urls.every((url) => url.startsWith(served('/actors/')));
      })
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('Enter while the search for new words still runs does not open a result of the old ones', async () => {
    const { page, errors } = shared;
    await page.goto(`${site.url}/search/?q=kyiv`);
    await statusFor(page, 'kyiv');
    // From here Pagefind's files wait, as on a slow connection, until the Enter key is pressed.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    const hold = async (route: Route) => {
      await held;
      await route.continue();
    };
    await page.route('**/pagefind/**', hold);
    try {
      await page.fill('#search-page-input', 'geneva');
      // The search has started (it puts the words in the address), and waits for its files.
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'geneva');
      expect(
        await page.locator('.search-status').textContent(),
        'the search for “geneva” should need index files not yet loaded',
      ).toContain('“kyiv”');
      const left = page.waitForEvent('domcontentloaded');
      await page.keyboard.press('Enter');
      release();
      // Either the results for the new words show, or (wrongly) an old result opens.
      await Promise.race([statusFor(page, 'geneva'), left]);
      expect(new URL(page.url()).pathname).toBe(served('/search/'));
    } finally {
      release();
      await page.unroute('**/pagefind/**', hold);
    }
    // Now that the list is for “geneva”, Enter opens its first result.
    const [first] = await topResults(page);
    await Promise.all([page.waitForURL(/pagefind-highlight=geneva/), page.keyboard.press('Enter')]);
    const landed = new URL(page.url());
    expect(`${landed.pathname}${landed.hash}`).toBe(first);
    expect(errors).toEqual([]);
  });

  it('without JavaScript, says search needs it and links to the glossary and the site map', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=kyiv`);
    const message = page.locator('.search-noscript');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/search needs JavaScript/i);
    expect(await message.locator(`a[href="${served('/glossary/')}"]`).count()).toBe(1);
    expect(await message.locator(`a[href="${served('/sitemap-index.xml')}"]`).count()).toBe(1);
    expect(await page.locator('main noscript + *, main ol a').count()).toBeGreaterThan(3);
    // The header's search control is a plain link to this page.
    await page.goto(`${site.url}/timeline/`);
    expect(await page.locator('a.search-button').getAttribute('href')).toBe(served('/search/'));
    await context.close();
  });
});
