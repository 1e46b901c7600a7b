/**
 * axe-core on every built page, in the light and the dark theme, on a phone and a desktop, for
 * WCAG 2.0/2.1/2.2 A and AA: no violation of any impact is allowed.
 *
 * The main sweep uses the system setting (prefers-color-scheme), which is what a reader without
 * JavaScript gets. The theme toggle pins html[data-theme] instead; the last block checks that path
 * too, against the system setting, so a colour that follows the media query but not the toggle
 * (a diagram styled with @media, say) is caught.
 */
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { builtHtml, builtPages, hasDiagram, pagesForSweep } from '../../support/pages.ts';
import {
  formatViolations,
  shownTheme,
  THEMES,
  VIEWPORTS,
  WCAG_TAGS,
  type Theme,
} from '../helpers/a11y.ts';
import { useSite } from '../helpers/site.ts';

const PAGES = builtPages();
/** A page with a diagram, for the toggle checks: diagrams are where theme bugs hide. */
const DIAGRAM_PAGE =
  ['/timeline/', ...PAGES].find((p) => PAGES.includes(p) && hasDiagram(builtHtml(p))) ?? '/';

const site = useSite();

async function expectNoViolations(page: Page, where: string): Promise<void> {
  // Legacy mode runs axe inside the page itself instead of opening a blank page per analysis:
  // half the time, and the site has no cross-origin frames that would need the newer mode.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    // Only violations are reported; skipping the passes' details saves much of axe's time.
    .options({ resultTypes: ['violations'] })
    .analyze();
  // assert.fail, not expect(…).toEqual([]): the report alone is readable, axe's objects are not.
  if (violations.length > 0) assert.fail(formatViolations(where, violations));
}

const sweeps = THEMES.flatMap((theme) => VIEWPORTS.map((viewport) => ({ theme, viewport }))).map(
  (sweep, i, all) => ({ ...sweep, pages: pagesForSweep(PAGES, i, all.length) }),
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
