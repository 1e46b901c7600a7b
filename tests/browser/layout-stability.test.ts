/**
 * No layout shift from diagrams, fonts or scripts: every page, loaded on a phone and on a
 * desktop, in light and in dark, settles without anything moving. Layout shift is a ratio of the
 * viewport, not a time, so the budget is exact: zero.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../support/pages.ts';
import { useSite } from '../helpers/site.ts';

const PAGES = builtPages();
const site = useSite();

/** The sum of the page's layout shifts not caused by the reader, after it has loaded and settled. */
async function layoutShift(
  path: string,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark',
): Promise<number> {
  const context = await site.browser.newContext({ viewport, colorScheme, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(site.url + path, { waitUntil: 'load' });
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // Two frames and a short pause let late work (deferred scripts, fonts) land first.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => setTimeout(() => resolve(total), 300)),
          );
        }),
    );
  } finally {
    await context.close();
  }
}

describe.each([
  { name: '390 px, dark', viewport: { width: 390, height: 844 }, scheme: 'dark' as const },
  { name: '1280 px, light', viewport: { width: 1280, height: 800 }, scheme: 'light' as const },
])('layout stability at $name', ({ viewport, scheme }) => {
  it('no page shifts its layout while it loads', async () => {
    const shifts: string[] = [];
    for (const path of PAGES) {
      const value = await layoutShift(path, viewport, scheme);
      if (value > 0) shifts.push(`${path}: ${value.toFixed(4)}`);
    }
    expect(shifts, 'pages whose layout shifted (cumulative layout shift)').toEqual([]);
  });
});
