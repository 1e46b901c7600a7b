/**
 * "What changed": the home page and the updates page list the updates; a returning reader sees
 * which are new since the last visit (remembered in localStorage only, nothing sent); each page
 * says when it was last updated and links to the updates that touched it.
 */
import { readContentDir } from '../../src/collections/index.ts';
import { pageUrl } from '../../src/shared/urls.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEEN_KEY } from '../../src/reader/client/seen.ts';
import { useSite } from '../helpers/site.ts';

/** The updates in content/updates/, with the pages each lists. */
const UPDATES = readContentDir('content', ['updates'])
  .valid('updates')
  .map((entry) => ({ id: entry.id, pages: entry.data.pages }));
const pathOf = (pageId: string) => pageUrl(pageId);
const LONG_AGO = '2025-11-01T00:00:00.000Z';

const site = useSite();

/**
 * Every test has a context of its own (a first visit, a returning reader, no JavaScript). The
 * offline worker, which these tests are not about, would install in each and save the site
 * ahead while the test runs: blocked.
 */
const CONTEXT = { serviceWorkers: 'block' } as const;

const marked = (page: Page) =>
  page.$$eval('[data-updates-list] li.is-new', (items) =>
    items.map((li) => ({
      id: li.getAttribute('data-update-id'),
      text: li.querySelector('.update-new')?.textContent,
    })),
  );

describe.each([
  { name: '390px touch', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: '1280px', viewport: { width: 1280, height: 800 }, hasTouch: false },
])('updates at $name', (device) => {
  it('lists the updates on the home page and marks none on a first visit', async () => {
    const context = await site.browser.newContext({ ...CONTEXT, ...device });
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (r) => r.method() !== 'GET' && sent.push(r.url()));
    try {
      await page.goto(site.url + '/');
      const ids = await page.$$eval('[data-updates-list] [data-update-id]', (li) =>
        li.map((l) => l.getAttribute('data-update-id')),
      );
      expect(ids.length).toBeGreaterThan(0);
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, SEEN_KEY);
      await expect(marked(page)).resolves.toEqual([]);
      const stored = JSON.parse(
        (await page.evaluate((key) => localStorage.getItem(key), SEEN_KEY))!,
      );
      expect(stored.ids).toEqual(ids);
      expect(sent, 'nothing is sent anywhere').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('marks updates new since the last visit for a returning reader, on every list', async () => {
    const context = await site.browser.newContext({ ...CONTEXT, ...device });
    // A reader who last came before any of today's updates.
    await context.addInitScript(
      ([key, at]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, JSON.stringify({ ids: [], at, fresh: [] }));
          sessionStorage.setItem('seeded', '1');
        }
      },
      [SEEN_KEY, LONG_AGO] as const,
    );
    const page = await context.newPage();
    try {
      await page.goto(site.url + '/');
      await page.locator('.update-new').first().waitFor();
      const onHome = await marked(page);
      expect(onHome.length).toBeGreaterThan(0);
      expect(onHome.every((m) => m.text === 'New since your last visit')).toBe(true);
      // Still marked on the updates page during the same visit.
      await page.goto(site.url + '/updates/');
      await page.locator('.update-new').first().waitFor();
      const ids = onHome.map((m) => m.id);
      const onUpdates = (await marked(page)).map((m) => m.id);
      expect(onUpdates).toEqual(expect.arrayContaining(ids));
    } finally {
      await context.close();
    }
  });
});

describe('updates without JavaScript', () => {
  it('lists every update, with no marks', async () => {
    const context = await site.browser.newContext({ ...CONTEXT, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.url + '/updates/');
      const ids = await page.$$eval('[data-updates-list] [data-update-id]', (li) =>
        li.map((l) => l.getAttribute('data-update-id')),
      );
      expect([...ids].sort()).toEqual(UPDATES.map((u) => u.id).sort());
      await expect(page.locator('.update-new').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('each page and its updates', () => {
  it('shows when the page was last updated and links to the updates that touched it', async () => {
    const context = await site.browser.newContext({ ...CONTEXT, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const touched = [...new Set(UPDATES.flatMap((u) => u.pages))];
      expect(touched.length).toBeGreaterThan(0);
      for (const pageId of touched) {
        await page.goto(site.url + pathOf(pageId));
        await expect(page.locator('.page-meta time').first().innerText()).resolves.toMatch(/\d{4}/);
        const link = page.locator('.page-meta a.page-updates-link');
        const href = (await link.getAttribute('href'))!;
        const [path, anchor] = href.split('#');
        expect(path).toBe('/updates/');
        await link.click();
        await page.waitForURL(`**${href}`);
        const target = page.locator(`[id="${anchor}"]`);
        await expect(target.count()).resolves.toBe(1);
        const id = await target.getAttribute('data-update-id');
        expect(UPDATES.find((u) => u.id === id)?.pages, pageId).toContain(pageId);
      }
    } finally {
      await context.close();
    }
  });
});
