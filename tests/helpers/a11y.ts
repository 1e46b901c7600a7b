/**
 * Shared pieces of the accessibility tests: the WCAG tags axe checks, the viewports and themes
 * every page is checked in, a readable report of axe violations, and a check that a page really
 * shows the theme a test asked for (so a broken theme switch cannot pass as "0 violations").
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

type Violations = AxeResults['violations'];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A phone and a desktop. */
export const VIEWPORTS = [
  { name: '390px', width: 390, height: 844 },
  { name: '1280px', width: 1280, height: 800 },
] as const;

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** axe-core's own source, to run in the page. */
const AXE_SOURCE = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/**
 * Load axe-core into every page of a context as the page starts, for a context whose pages are
 * each checked several times. The page's own Content-Security-Policy does not apply to a script
 * the browser is told to add this way.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * axe's WCAG A and AA violations on a page, or in the part of it `include` selects. axe-core runs
 * in the page itself (added now unless {@link preloadAxe} did), and only the violations come
 * back: the page has no cross-origin frames for axe to visit, and the passes and the rules that
 * do not apply are not needed, so nothing else is collected or sent.
 */
export async function axeViolations(page: Page, include?: string): Promise<Violations> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  };
  return page.evaluate(
    async ({ include, options }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const { violations } = await axe.run(include ? { include: [include] } : document, options);
      return violations;
    },
    { include, options },
  );
}

/**
 * Axe's violations as text a contributor can act on: page, rule, impact, help link, and for each
 * element its selector and axe's summary of what to fix.
 */
export function formatViolations(where: string, violations: Violations): string {
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  ${v.id} [${v.impact ?? 'unknown impact'}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, 8)) {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      lines.push(`    - ${node.target.join(' ')}: ${summary}`);
    }
    if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more element(s)`);
  }
  return lines.join('\n');
}

/** The theme a page shows, from the luminance of the body's computed background colour. */
export async function shownTheme(page: Page): Promise<Theme> {
  const luminance = await page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d');
    if (!canvas) return 1;
    // The canvas normalises any CSS colour syntax (rgb(), color(srgb …), oklch()) to sRGB bytes.
    canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
    canvas.fillRect(0, 0, 1, 1);
    const [r = 255, g = 255, b = 255] = canvas.getImageData(0, 0, 1, 1).data;
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  });
  return luminance < 0.2 ? 'dark' : 'light';
}
