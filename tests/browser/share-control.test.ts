/**
 * The share control, as readers use it in Chromium: the page's own button and the buttons of
 * deep links (a section heading, a quotation, a provision), by mouse, keyboard and touch. With
 * the Web Share API the system share sheet gets the link; without it (desktop Chromium on Linux
 * has none) the link is copied. Either way a live region announces it. Its code loads on the
 * first press only, and without JavaScript there is no button at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { SITE } from '../../site.config.mjs';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const STATUS = '.share-status[role="status"][aria-live="polite"]';

/** The address a share button on `path` shares: the canonical URL with the fragment. */
const shared = (path: string, fragment = '') => `${SITE.url}${path}${fragment}`;

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const announced = (page: Page, text: string) =>
  page.waitForFunction(
    ([sel, want]) => document.querySelector(sel as string)?.textContent === want,
    [STATUS, text] as const,
  );

async function withClipboard(options: Parameters<typeof site.browser.newContext>[0] = {}) {
  const context = await site.browser.newContext({ reducedMotion: 'reduce', ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  return context;
}

describe('share control without the Web Share API: copies the link', () => {
  let context: BrowserContext;
  let page: Page;
  const loaded: string[] = [];
  beforeAll(async () => {
    context = await withClipboard({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/the-plan/`, { waitUntil: 'load' });
  });
  afterAll(() => context?.close());

  it('loads no share code before a button is pressed', async () => {
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    expect(loaded.filter((p) => /share/.test(p))).toEqual([]);
  });

  it('copies the page link by mouse, and announces it', async () => {
    const button = page.locator('.article-head button.share-page');
    expect(await button.getAttribute('aria-label')).toMatch(/^Share this page: /);
    await button.click();
    await announced(page, 'Link copied to the clipboard.');
    expect(await clipboard(page)).toBe(shared('/the-plan/'));
    expect(loaded.filter((p) => /share/.test(p)).length).toBeGreaterThan(0);
  });

  it('copies a section link by keyboard, from the self-link, and announces it again', async () => {
    const id = await page.$eval('.heading-wrap.level-2 > h2', (h) => h.id);
    await page.focus(`a.heading-link[href="#${id}"]`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      share: document.activeElement?.getAttribute('data-share'),
      name: document.activeElement?.getAttribute('aria-label'),
      opacity: Number(getComputedStyle(document.activeElement as Element).opacity),
    }));
    expect(focused.share).toBe(`#${id}`);
    expect(focused.name).toMatch(/^Share a link to this section: /);
    expect(focused.opacity).toBe(1);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Enter');
    await announced(page, 'Link copied to the clipboard.');
    expect(await clipboard(page)).toBe(shared('/the-plan/', `#${id}`));
    // One live region, however often the control is used.
    expect(await page.locator('.share-status').count()).toBe(1);
  });

  it('copies a quotation link by keyboard (Space) on an actor page', async () => {
    await page.goto(`${site.url}/actors/dmitry-peskov/`);
    const button = page.locator('figure.quote button[data-share]').first();
    const target = (await button.getAttribute('data-share')) ?? '';
    expect(target).toMatch(/^#quote-/);
    await button.focus();
    await page.keyboard.press('Space');
    await announced(page, 'Link copied to the clipboard.');
    expect(await clipboard(page)).toBe(shared('/actors/dmitry-peskov/', target));
  });
});

describe('share control on a touch screen with the Web Share API', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await withClipboard({ viewport: { width: 390, height: 844 }, hasTouch: true });
    // A share sheet that records what it was given; a second kind closes without sharing.
    await context.addInitScript(() => {
      const w = window as unknown as { shared: ShareData[]; cancel: boolean };
      w.shared = [];
      w.cancel = false;
      navigator.share = async (data?: ShareData) => {
        if (w.cancel) throw new DOMException('closed', 'AbortError');
        w.shared.push(data ?? {});
      };
    });
    page = await context.newPage();
    await page.goto(`${site.url}/provisions/`, { waitUntil: 'load' });
  });
  afterAll(() => context?.close());

  it('hands a provision link to the share sheet when tapped, and announces it', async () => {
    const button = page.locator('tbody tr th button[data-share]').first();
    const target = (await button.getAttribute('data-share')) ?? '';
    expect(await button.getAttribute('aria-label')).toMatch(/^Share a link to this provision: /);
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await announced(page, 'Link shared.');
    const sent = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(sent).toEqual([{ title: expect.any(String), url: shared('/provisions/', target) }]);
  });

  it('copies nothing and announces nothing when the reader closes the share sheet', async () => {
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '', STATUS, {
      timeout: 10_000,
    });
    await page.evaluate(() => {
      (window as unknown as { cancel: boolean }).cancel = true;
      return navigator.clipboard.writeText('before');
    });
    await page.locator('.article-head button.share-page').tap();
    await page.waitForTimeout(400);
    expect(await page.locator(STATUS).textContent()).toBe('');
    expect(await clipboard(page)).toBe('before');
  });
});

describe('share control without JavaScript', () => {
  it('is absent: no share button is shown or reachable', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const path of ['/the-plan/', '/provisions/', '/actors/steve-witkoff/']) {
        await page.goto(site.url + path);
        const shown = await page.$$eval(
          '[data-share]',
          (buttons) => buttons.filter((b) => getComputedStyle(b).display !== 'none').length,
        );
        expect(await page.locator('[data-share]').count()).toBeGreaterThan(0);
        expect(shown).toBe(0);
      }
    } finally {
      await context.close();
    }
  });
});
