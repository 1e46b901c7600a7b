/**
 * The open search dialog and the search page, with results, filters and marked words, pass axe
 * (WCAG 2.x A and AA) in the light and the dark theme: the page sweep elsewhere sees neither.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, preloadAxe, shownTheme } from '../helpers/a11y.ts';
import { statusFor, useSharedPage } from './search-support.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });

describe.each(['light', 'dark'] as const)('search in the %s theme', (colorScheme) => {
  // One page per theme; each test opens its own pages in it. axe is loaded as each page starts.
  const shared = useSharedPage(site, { context: { colorScheme } });
  beforeAll(() => preloadAxe(shared.context));

  it('the open dialog with results has no accessibility violations', async () => {
    const { page } = shared;
    await page.goto(`${site.url}/timeline/`);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('kyiv');
    await statusFor(page, 'kyiv');
    expect(await shownTheme(page)).toBe(colorScheme);
    // axe is already in the page (preloadAxe); here it checks the dialog only.
    const violations = await axeViolations(page, 'dialog.search-dialog');
    expect(violations, formatViolations('the search dialog', violations)).toEqual([]);
  });

  it('the search page with results and a page with marked words have none', async () => {
    const { page } = shared;
    for (const path of [
      '/search/?q=frozen+assets',
      '/economic-pressure/?pagefind-highlight=frozen',
    ]) {
      await page.goto(`${site.url}${path}`);
      await page.waitForSelector('[role="option"], mark.search-hit', { state: 'attached' });
      expect(await shownTheme(page), path).toBe(colorScheme);
      const violations = await axeViolations(page);
      expect(violations, formatViolations(path, violations)).toEqual([]);
    }
  });
});
