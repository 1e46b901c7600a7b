/**
 * axe-core on every built page (with a few of the actor profiles: see sweptPages), for WCAG 2.0/2.1/2.2 A and AA: no violation of any impact is
 * allowed. There are four settings, the light and the dark theme on a phone and a desktop: one
 * page of each kind is checked in all four, and every other page in one of them, in turn.
 *
 * The main sweep uses the system setting (prefers-color-scheme), which is what a reader without
 * JavaScript gets. The theme toggle pins html[data-theme] instead; the last block checks that path
 * too, against the system setting, so a colour that follows the media query but not the toggle
 * (a diagram styled with @media, say) is caught.
 */
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  builtHtml,
  builtPages,
  hasDiagram,
  oneOfEachKind,
  pagesForSweep,
  sweptPages,
} from '../../support/pages.ts';
import {
  axeViolations,
  formatViolations,
  preloadAxe,
  shownTheme,
  THEMES,
  VIEWPORTS,
  type Theme,
} from '../helpers/a11y.ts';
import { useSite } from '../helpers/site.ts';

const PAGES = sweptPages(builtPages());
/** A page with a diagram, for the toggle checks: diagrams are where theme bugs hide. */
const DIAGRAM_PAGE =
  ['/timeline/', ...PAGES].find((p) => PAGES.includes(p) && hasDiagram(builtHtml(p))) ?? '/';

/** Checked in every setting; the other pages share the settings out. */
const EVERY_SETTING = oneOfEachKind(PAGES);

const site = useSite();

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  // assert.fail, not expect(…).toEqual([]): the report alone is readable, axe's objects are not.
  if (violations.length > 0) assert.fail(formatViolations(where, violations));
}

const sweeps = THEMES.flatMap((theme) => VIEWPORTS.map((viewport) => ({ theme, viewport }))).map(
  (sweep, i, all) => ({ ...sweep, pages: pagesForSweep(PAGES, i, all.length, EVERY_SETTING) }),
);

describe.each(sweeps)(
  'axe, system $theme theme, $viewport.name wide',
  ({ theme, viewport, pages }) => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      const { width, height } = viewport;
      // Reduced motion, so that no transition is caught half-way when axe measures contrast.
      context = await site.browser.newContext({
        viewport: { width, height },
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      await preloadAxe(context);
      page = await context.newPage();
    });

    afterAll(async () => {
      await context?.close();
    });

    it.each(pages)('%s', async (path) => {
      await page.goto(site.url + path, { waitUntil: 'load' });
      expect(await shownTheme(page), `${path} should show the ${theme} theme`).toBe(theme);
      await expectNoViolations(page, `${path} (${theme}, ${viewport.name})`);
    });
  },
);

describe('axe with the theme pinned by the toggle, against the system setting', () => {
  const cases: { path: string; system: Theme; pinned: Theme; how: 'stored' | 'clicked' }[] = [
    { path: '/', system: 'light', pinned: 'dark', how: 'stored' },
    { path: DIAGRAM_PAGE, system: 'light', pinned: 'dark', how: 'stored' },
    { path: DIAGRAM_PAGE, system: 'dark', pinned: 'light', how: 'clicked' },
  ];

  it.each(cases)('$path: system $system, $how $pinned', async ({ path, system, pinned, how }) => {
    const context = await site.browser.newContext({
      viewport: { width: how === 'stored' ? 1280 : 390, height: 800 },
      colorScheme: system,
      reducedMotion: 'reduce',
    });
    try {
      await preloadAxe(context);
      if (how === 'stored') {
        await context.addInitScript((t) => localStorage.setItem('theme', t), pinned);
      }
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: 'load' });
      if (how === 'clicked') await page.locator('[data-theme-toggle]').first().click();
      expect(await page.getAttribute('html', 'data-theme')).toBe(pinned);
      expect(await shownTheme(page), `${path} should show the ${pinned} theme`).toBe(pinned);
      await expectNoViolations(page, `${path} (system ${system}, ${how} ${pinned})`);
    } finally {
      await context.close();
    }
  });
});
