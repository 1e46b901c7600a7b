/**
 * Deep links: a heading's link to itself is shown on hover and keyboard focus and puts the
 * section's address in the location (tests/site/heading-links.test.ts checks that every heading
 * of every page has one, correctly named); a quotation on an actor's page and a provision in
 * the tracker can be linked to directly and are scrolled into view; the matrix's quotations link
 * to them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

const site = useSite();

/** Whether the element a URL's #fragment names is the :target and in view. */
const targetInView = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector(':target');
    const box = el?.getBoundingClientRect();
    return { id: el?.id ?? null, inView: box ? box.top >= 0 && box.top < innerHeight : false };
  });

describe('heading self-links', () => {
  describe.each([
    { name: '390px touch', viewport: { width: 390, height: 844 }, hasTouch: true },
    { name: '1280px', viewport: { width: 1280, height: 800 }, hasTouch: false },
  ])('at $name', (device) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await site.browser.newContext({ ...device, reducedMotion: 'reduce' });
      page = await context.newPage();
      await page.goto(`${site.url}/the-plan/`);
    });
    afterAll(() => context?.close());

    const opacity = (selector: string) =>
      page.$eval(selector, (el) => Number(getComputedStyle(el).opacity));

    it('is hidden until hovered or focused by keyboard, then shown with a focus ring', async () => {
      const link = '.heading-wrap.level-2 > a.heading-link';
      if (!device.hasTouch) {
        expect(await opacity(link)).toBe(0);
        await page.hover('.heading-wrap.level-2 > h2');
        expect(await opacity(link)).toBe(1);
        await page.mouse.move(0, 0);
      }
      // Keyboard: Tab from the element before it.
      await page.$eval(link, (a) => {
        const all = [...document.querySelectorAll<HTMLElement>('a[href], button')];
        all[all.indexOf(a as HTMLElement) - 1]?.focus();
      });
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          isLink: el.matches('a.heading-link'),
          opacity: Number(style.opacity),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onScreen: box.left >= 0 && box.right <= innerWidth && box.width > 0,
        };
      });
      expect(focused).toEqual({ isLink: true, opacity: 1, ring: true, onScreen: true });
    });

    it('puts the section’s address in the location when followed', async () => {
      const id = await page.$eval('.heading-wrap.level-3 > h3', (h) => h.id);
      const link = page.locator(`a.heading-link[href="#${id}"]`);
      await (device.hasTouch ? link.tap() : link.click());
      await page.waitForURL(`**/the-plan/#${id}`);
      await expect(targetInView(page)).resolves.toEqual({ id, inView: true });
    });
  });
});

describe('linking to a quotation or a provision', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false, reducedMotion: 'reduce' });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('opens an actor’s page at the quotation, from the positions matrix', async () => {
    await page.goto(`${site.url}/positions/`);
    const href = (await page.locator('a.quote-link').first().getAttribute('href'))!;
    expect(href).toMatch(/^\/actors\/[a-z0-9-]+\/#quote-[a-z0-9-]+$/);
    await page.goto(site.url + href);
    const target = await targetInView(page);
    expect(target).toEqual({ id: href.split('#')[1], inView: true });
    await expect(page.locator(':target blockquote').count()).resolves.toBe(1);
  });

  it('opens the tracker at a provision, from the matrix and from the plan page', async () => {
    await page.goto(`${site.url}/positions/`);
    const href = (await page.locator('a[href^="/provisions/#"]').first().getAttribute('href'))!;
    await page.goto(site.url + href);
    await expect(targetInView(page)).resolves.toEqual({ id: href.split('#')[1], inView: true });
    await page.goto(`${site.url}/the-plan/#${href.split('#')[1]}`);
    await expect(targetInView(page)).resolves.toEqual({ id: href.split('#')[1], inView: true });
  });
});
