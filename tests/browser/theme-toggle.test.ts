/**
 * The theme toggle. The every-page sweep checks each page in the theme of the system setting
 * (prefers-color-scheme), which is what a reader without JavaScript gets; the toggle pins
 * html[data-theme] instead. These tests check that path too, against the system setting, so a
 * colour that follows the media query but not the toggle (a diagram styled with @media, say) is
 * caught by axe, and that using the toggle raises no error and no Content-Security-Policy
 * violation.
 */
import { assert, describe, expect, it } from 'vitest';
import { builtHtml, builtPages, hasDiagram, sweptPages } from '../../support/pages.ts';
import { axeViolations, formatViolations, shownTheme, type Theme } from '../helpers/a11y.ts';
import { watchProblems } from '../helpers/page-sweep.ts';
import { useSite } from '../helpers/site.ts';

const PAGES = sweptPages(builtPages());
/** A page with a diagram: diagrams are where theme bugs hide. */
const DIAGRAM_PAGE =
  ['/timeline/', ...PAGES].find((p) => PAGES.includes(p) && hasDiagram(builtHtml(p))) ?? '/';

const site = useSite();

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
      serviceWorkers: 'block',
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
      const violations = await axeViolations(page);
      if (violations.length > 0) {
        assert.fail(formatViolations(`${path} (system ${system}, ${how} ${pinned})`, violations));
      }
    } finally {
      await context.close();
    }
  });
});

describe('the theme toggle', () => {
  it('raises no error and no CSP violation, clicked and after a reload', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    try {
      const watched = await watchProblems(context, site.url);
      const page = await context.newPage();
      watched.watch(page);
      watched.visit();
      await page.goto(site.url + '/', { waitUntil: 'load' });
      const toggle = page.locator('[data-theme-toggle]').first();
      await toggle.click();
      await toggle.click();
      await page.reload({ waitUntil: 'load' });
      await watched.settled();
      expect(watched.problems, watched.problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
