/**
 * Reading by keyboard alone: the skip link is the first stop and moves focus into the main
 * content; every link and button shows a visible focus ring; the theme toggle works from the
 * keyboard and its choice survives a reload; with prefers-reduced-motion nothing scrolls smoothly
 * or animates. (The search dialog's focus trap is tested with search, in search tests.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { serveDist, type RunningServer } from '../../support/static-server.ts';
import { builtHtml, builtPages, hasDiagram } from '../../support/pages.ts';
import { shownTheme } from '../helpers/a11y.ts';

const PAGES = builtPages();
const pick = (wanted: string, test: (p: string) => boolean) =>
  PAGES.includes(wanted) ? wanted : PAGES.find(test);
/** One page of each kind that exists: home, a text page, an actor, a page with a diagram. */
const SAMPLE = [
  '/',
  pick('/what-next/', (p) => /^\/[a-z-]+\/$/.test(p) && p !== '/actors/'),
  pick('/actors/steve-witkoff/', (p) => p.startsWith('/actors/') && p !== '/actors/'),
  pick('/timeline/', (p) => hasDiagram(builtHtml(p))),
].filter((p, i, all): p is string => p !== undefined && all.indexOf(p) === i);
/** Enough Tab presses to pass the header, the notice and well into the content. */
const MAX_TABS = 60;

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDist();
  // Reduced motion: with smooth scrolling, an element focused by Tab is still scrolling into
  // view when it is measured.
  context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** What has focus now: a description for messages, and how its focus ring is drawn. */
function focused(p: Page) {
  return p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return {
      what: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}"`,
      tag: el.tagName.toLowerCase(),
      isSkipLink: el.matches('a[href="#main"]'),
      isToggle: el.matches('[data-theme-toggle]'),
      inMain: Boolean(el.closest('main')),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      ringed:
        (style.outlineStyle !== 'none' &&
          parseFloat(style.outlineWidth) >= 2 &&
          style.outlineColor !== 'rgba(0, 0, 0, 0)') ||
        style.boxShadow !== 'none',
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
    };
  });
}

async function tabUntil(p: Page, found: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < MAX_TABS; i++) {
    await p.keyboard.press('Tab');
    if (found(await focused(p))) return true;
  }
  return false;
}

describe.each(SAMPLE)('keyboard on %s', (path) => {
  it('the first Tab reaches a visible skip link, and Enter moves focus to main', async () => {
    await page.goto(server.url + path);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.isSkipLink, `first focus stop on ${path} is ${first?.what}`).toBe(true);
    expect(first?.visible, 'the skip link is on screen when focused').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Sequential navigation now carries on from the main content, not from the header.
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next?.inMain, `after the skip link, Tab went to ${next?.what}`).toBe(true);
  });

  it('every link and button shows a visible focus ring', async () => {
    await page.goto(server.url + path);
    const problems: string[] = [];
    let stops = 0;
    for (let i = 0; i < MAX_TABS; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f) break; // Focus left the document: every stop has been seen.
      stops++;
      if (!['a', 'button', 'summary', 'input', 'select'].includes(f.tag)) continue;
      if (!f.ringed) problems.push(`${f.what}: outline ${f.outline}`);
      if (!f.visible) problems.push(`${f.what}: focused but not on screen`);
    }
    expect(stops, `no focusable element on ${path}`).toBeGreaterThan(3);
    expect(problems, `focus not visible on ${path}:\n${problems.join('\n')}`).toEqual([]);
  });
});

describe('theme toggle by keyboard', () => {
  it('Enter and Space switch the theme, and the choice survives a reload and a new page', async () => {
    const fresh = await browser.newContext({ colorScheme: 'light' });
    try {
      const p = await fresh.newPage();
      await p.goto(server.url + '/');
      expect(
        await tabUntil(p, (f) => Boolean(f?.isToggle)),
        'Tab never reached the theme toggle',
      ).toBe(true);
      await p.keyboard.press('Enter');
      expect(await p.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await p.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
      expect(await shownTheme(p)).toBe('dark');
      await p.keyboard.press('Space');
      expect(await shownTheme(p)).toBe('light');
      await p.keyboard.press('Enter');
      await p.reload();
      expect(await p.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await shownTheme(p), 'dark theme after reload').toBe('dark');
      await p.goto(server.url + (SAMPLE[1] ?? '/'));
      expect(await shownTheme(p), 'dark theme on the next page').toBe('dark');
      expect(await p.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    } finally {
      await fresh.close();
    }
  });
});

describe('prefers-reduced-motion: reduce', () => {
  it.each(SAMPLE)('%s scrolls instantly and runs no animation', async (path) => {
    const reduced = await browser.newContext({ reducedMotion: 'reduce' });
    try {
      const p = await reduced.newPage();
      await p.goto(server.url + path, { waitUntil: 'load' });
      const motion = await p.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        bodyScroll: getComputedStyle(document.body).scrollBehavior,
        animations: document
          .getAnimations()
          .map((a) => (a as CSSAnimation).animationName ?? a.constructor.name),
      }));
      expect(motion.scroll).not.toBe('smooth');
      expect(motion.bodyScroll).not.toBe('smooth');
      expect(motion.animations, `animations running on ${path}`).toEqual([]);
    } finally {
      await reduced.close();
    }
  });
});
