/**
 * The provision tracker as readers use it, at 390 px and 1280 px: sorting and filtering by mouse,
 * keyboard and touch; every row linkable by its anchor; a plain table in the tracker's own order
 * when JavaScript is off; and on a phone, cards that fit the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

const URL_PATH = '/provisions/';
const site = useSite();

/** The rows as shown: id, status and topic of each visible row, in order. */
const shownRows = (page: Page) =>
  page.$$eval('table.provision-tracker tbody tr', (rows) =>
    rows
      .filter((r) => !(r as HTMLElement).hidden)
      .map((r) => ({
        id: r.id,
        status: r.getAttribute('data-status'),
        topic: r.getAttribute('data-topic'),
        order: Number(r.getAttribute('data-order')),
      })),
  );
const sortOf = (page: Page, column: string) =>
  page.locator(`table.provision-tracker th[data-sort="${column}"]`).getAttribute('aria-sort');

const DEVICES = [
  { name: '390px touch', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: '1280px mouse', viewport: { width: 1280, height: 800 }, hasTouch: false },
];

describe.each(DEVICES)('the tracker at $name', (device) => {
  let context: BrowserContext;
  let page: Page;
  const press = (selector: string) =>
    device.hasTouch ? page.locator(selector).tap() : page.locator(selector).click();

  beforeAll(async () => {
    context = await site.browser.newContext(device);
    page = await context.newPage();
    await page.goto(site.url + URL_PATH);
    await page.locator('.tracker[data-enhanced]').waitFor();
  });
  afterAll(() => context?.close());

  it('starts in the tracker’s order, sorted by provision', async () => {
    const rows = await shownRows(page);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.order)).toEqual([...rows.map((r) => r.order)].sort((a, b) => a - b));
    await expect(sortOf(page, 'order')).resolves.toBe('ascending');
  });

  it('sorts by status, then reverses, with aria-sort saying so', async () => {
    const rank = ['confirmed', 'reported', 'unconfirmed', 'disputed', 'unknown'];
    await press('th[data-sort="status"] button');
    let ranks = (await shownRows(page)).map((r) => rank.indexOf(r.status ?? ''));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await expect(sortOf(page, 'status')).resolves.toBe('ascending');
    await expect(sortOf(page, 'order')).resolves.toBeNull();
    await press('th[data-sort="status"] button');
    ranks = (await shownRows(page)).map((r) => rank.indexOf(r.status ?? ''));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    await expect(sortOf(page, 'status')).resolves.toBe('descending');
    await press('th[data-sort="order"] button');
  });

  it('filters by topic and by status, and says how many are shown', async () => {
    const all = await shownRows(page);
    const topic = all[0]!.topic!;
    await page.selectOption('select[name="topic"]', topic);
    const byTopic = await shownRows(page);
    expect(byTopic.length).toBeGreaterThan(0);
    expect(byTopic.every((r) => r.topic === topic)).toBe(true);
    await expect(page.locator('[data-tracker-count]').innerText()).resolves.toBe(
      byTopic.length === all.length
        ? `Showing all ${all.length} provisions.`
        : `Showing ${byTopic.length} of ${all.length} provisions.`,
    );
    const status = byTopic[0]!.status!;
    await page.selectOption('select[name="status"]', status);
    const both = await shownRows(page);
    expect(both.every((r) => r.topic === topic && r.status === status)).toBe(true);
    await press('[data-tracker-reset]');
    await expect(shownRows(page)).resolves.toHaveLength(all.length);
  });

  it('fits the screen: the page never scrolls sideways', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cards = await page
      .locator('table.provision-tracker tbody tr')
      .first()
      .evaluate((r) => getComputedStyle(r).display);
    expect(cards, 'rows are cards on a phone, table rows on a desktop').toBe(
      device.viewport.width < 600 ? 'block' : 'table-row',
    );
  });
});

describe('the tracker by keyboard only', () => {
  it('sorts with Enter on the header buttons and filters with the arrow keys', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(site.url + URL_PATH);
      await page.locator('.tracker[data-enhanced]').waitFor();
      // Tab from the status filter to the sort buttons, as a keyboard user would.
      await page.locator('select[name="status"]').focus();
      for (let i = 0; i < 12; i++) {
        const label = await page.evaluate(
          () => document.activeElement?.closest('th')?.dataset.sort,
        );
        if (label === 'topic') break;
        await page.keyboard.press('Tab');
      }
      await expect(
        page.evaluate(() => document.activeElement?.closest('th')?.dataset.sort),
      ).resolves.toBe('topic');
      await page.keyboard.press('Enter');
      await expect(sortOf(page, 'topic')).resolves.toBe('ascending');
      await page.locator('select[name="topic"]').focus();
      await page.keyboard.press('ArrowDown');
      const rows = await shownRows(page);
      const chosen = await page.locator('select[name="topic"]').inputValue();
      expect(chosen).not.toBe('');
      expect(rows.every((r) => r.topic === chosen)).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the tracker without JavaScript', () => {
  it('is a plain table in the tracker’s order, with no controls, and every row linkable', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      // Smooth scrolling would still be moving the row into view when it is measured.
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    try {
      await page.goto(site.url + URL_PATH);
      await expect(page.locator('[data-tracker-controls]').isVisible()).resolves.toBe(false);
      await expect(
        page.locator('table.provision-tracker th button:not(.share-button)').count(),
      ).resolves.toBe(0);
      const rows = await shownRows(page);
      expect(rows.map((r) => r.order)).toEqual([...rows.map((r) => r.order)].sort((a, b) => a - b));
      const last = rows.at(-1)!;
      await page.goto(`${site.url}${URL_PATH}#${last.id}`);
      const target = await page.evaluate(() => {
        const row = document.querySelector(':target');
        const box = row?.getBoundingClientRect();
        return { id: row?.id, inView: box ? box.top >= 0 && box.top < innerHeight : false };
      });
      expect(target).toEqual({ id: last.id, inView: true });
      const selfLink = page.locator(`#${last.id} a.row-link`);
      await expect(selfLink.getAttribute('href')).resolves.toBe(`#${last.id}`);
      await expect(selfLink.getAttribute('aria-label')).resolves.toMatch(
        /^Link to this provision: /,
      );
    } finally {
      await context.close();
    }
  });
});
