/**
 * The open search dialog and the search page, with results, filters and marked words, pass axe
 * (WCAG 2.x A and AA) in the light and the dark theme: the page sweep elsewhere sees neither.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { formatViolations, WCAG_TAGS } from '../helpers/a11y.ts';
import { statusFor } from './search-support.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });

describe.each(['light', 'dark'] as const)('search in the %s theme', (colorScheme) => {
  it('the open dialog with results has no accessibility violations', async () => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${site.url}/timeline/`);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('kyiv');
    await statusFor(page, 'kyiv');
    const { violations } = await new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .setLegacyMode(true)
      .include('dialog.search-dialog')
      .analyze();
    expect(violations, formatViolations('the search dialog', violations)).toEqual([]);
    await context.close();
  });

  it('the search page with results and a page with marked words have none', async () => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of [
      '/search/?q=frozen+assets',
      '/economic-pressure/?pagefind-highlight=frozen',
    ]) {
      await page.goto(`${site.url}${path}`);
      await page.waitForSelector('[role="option"], mark.search-hit', { state: 'attached' });
      const { violations } = await new AxeBuilder({ page })
        .withTags(WCAG_TAGS)
        .setLegacyMode(true)
        .analyze();
      expect(violations, formatViolations(path, violations)).toEqual([]);
    }
    await context.close();
  });
});
