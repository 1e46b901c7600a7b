/**
 * Citation and glossary previews, as readers meet them at 390 px and 1280 px: by mouse (hover),
 * by keyboard (focus, Tab into the preview, Escape), by touch (first tap previews, second tap
 * follows the link), for screen readers (the marker is described by the preview), and with
 * JavaScript off (plain links to the reference and the glossary entry). The preview code loads
 * only when first needed.
 */
import { readContentDir } from '../../src/collections/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

const PATH = '/the-plan/';
const MARKER = 'main sup.cite a';
const TERM = 'main a.term';
const PREVIEW = '#reader-preview';
const content = readContentDir('content', ['sources', 'glossary']);
const source = content.valid('sources').find((e) => e.id === 'newscapital-2025-11-25')!.data;

const site = useSite();

const isOpen = (page: Page) =>
  page.evaluate((sel) => document.querySelector(sel)?.matches(':popover-open') ?? false, PREVIEW);
const waitOpen = (page: Page, open = true) =>
  page.waitForFunction(
    ([sel, want]) =>
      (document.querySelector(sel as string)?.matches(':popover-open') ?? false) === want,
    [PREVIEW, open] as const,
  );

/** The preview lies within the viewport. */
const fits = (page: Page) =>
  page.$eval(PREVIEW, (el) => {
    const r = el.getBoundingClientRect();
    return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
  });

describe.each([
  { name: '390px', viewport: { width: 390, height: 844 } },
  { name: '1280px', viewport: { width: 1280, height: 800 } },
])('previews at $name', ({ viewport }) => {
  let context: BrowserContext;
  let page: Page;
  const loaded: string[] = [];

  beforeAll(async () => {
    context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
    page = await context.newPage();
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(site.url + PATH, { waitUntil: 'load' });
  });
  afterAll(() => context?.close());

  it('loads no preview code until a reader points at a marker', () => {
    expect(loaded.filter((p) => /previews/.test(p))).toEqual([]);
  });

  it('shows the source of a citation on hover: outlet, date, link', async () => {
    const marker = page.locator(MARKER).first();
    await marker.hover();
    await waitOpen(page);
    expect(loaded.some((p) => /previews/.test(p))).toBe(true);
    const text = await page.locator(PREVIEW).innerText();
    expect(text).toContain(source.outlet);
    expect(text).toMatch(/published \d{1,2} \w+ \d{4}/);
    await expect(page.locator(`${PREVIEW} a[href="${source.url}"]`).count()).resolves.toBe(1);
    await expect(fits(page)).resolves.toBe(true);
    // Screen readers hear the preview as the marker's description.
    await expect(marker.getAttribute('aria-describedby')).resolves.toBe('reader-preview');
    await page.mouse.move(1, viewport.height - 1);
    await waitOpen(page, false);
    await expect(marker.getAttribute('aria-describedby')).resolves.toBeNull();
  });

  it('shows a glossary term’s short definition on hover', async () => {
    const term = page.locator(TERM).first();
    const id = (await term.getAttribute('data-term'))!;
    const entry = content.valid('glossary').find((e) => e.id === id)!.data;
    await term.hover();
    await waitOpen(page);
    const text = (await page.locator(PREVIEW).innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(entry.definition.replace(/\s+/g, ' ').trim());
    await expect(page.locator(`${PREVIEW} a[href="/glossary/#${id}"]`).count()).resolves.toBe(1);
    await page.mouse.move(1, viewport.height - 1);
    await waitOpen(page, false);
  });

  it('by keyboard: focus shows it, Tab enters it, Escape closes it and keeps focus', async () => {
    const marker = page.locator(MARKER).nth(1);
    await marker.focus();
    await waitOpen(page);
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => Boolean(document.activeElement?.closest('#reader-preview'))),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await waitOpen(page, false);
    await expect(marker.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Leaving and coming back by keyboard opens it again; tabbing on past it closes it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(marker.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await waitOpen(page);
    // (Tab stops at the next marker, which shows its own preview, so go on to plain text links.)
    const onPlainLink = () =>
      page.evaluate(() => !document.activeElement?.closest('#reader-preview, sup.cite, a.term'));
    for (let i = 0; i < 30 && !(await onPlainLink()); i++) await page.keyboard.press('Tab');
    await expect(onPlainLink()).resolves.toBe(true);
    await waitOpen(page, false);
  });
});

describe('previews by touch', () => {
  it('opens on the first tap and follows the link on the second', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    try {
      await page.goto(site.url + PATH);
      const marker = page.locator(MARKER).nth(2);
      const href = (await marker.getAttribute('href'))!;
      await marker.tap();
      await waitOpen(page);
      expect(new URL(page.url()).hash).toBe('');
      await expect(fits(page)).resolves.toBe(true);
      await marker.tap();
      await page.waitForURL(`**${href}`);
      // A tap elsewhere closes an open preview.
      await page.locator(TERM).first().tap();
      await waitOpen(page);
      await page.locator('h1').tap();
      await waitOpen(page, false);
    } finally {
      await context.close();
    }
  });
});

describe('previews without JavaScript', () => {
  it('leaves plain links to the reference list and to the glossary', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.url + PATH);
      const marker = page.locator(MARKER).first();
      const href = (await marker.getAttribute('href'))!;
      await marker.click();
      expect(new URL(page.url()).hash).toBe(href);
      await expect(page.locator(`li${href}`).innerText()).resolves.toContain(source.outlet);
      await expect(isOpen(page)).resolves.toBe(false);
      const term = page.locator(TERM).first();
      const termHref = (await term.getAttribute('href'))!;
      await term.click();
      await page.waitForURL(`**${termHref}`);
      const id = termHref.replace('/glossary/#', '');
      await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });
});
