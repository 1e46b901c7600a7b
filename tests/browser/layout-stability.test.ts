/**
 * No layout shift from diagrams, fonts, scripts or a page painted before it has been fully read:
 * every page (with a few of the actor profiles: see sweptPages) settles without anything moving,
 * loaded on a phone in the dark theme or on a desktop in the light one: one page of each kind in
 * both, every other page in one of them, in turn. Layout shift is a ratio of the viewport, not a
 * time, so the budget is exact: zero.
 *
 * The CPU is slowed down, as on a cheap phone, so that the browser paints pages while it is still
 * reading them, as it does on slow devices; a control that grows as its parts arrive then shows up
 * on every run instead of on an unlucky one.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, oneOfEachKind, pagesForSweep, sweptPages } from '../../support/pages.ts';
import { useSite } from '../helpers/site.ts';

const PAGES = sweptPages(builtPages());
const IN_BOTH = oneOfEachKind(PAGES);
const site = useSite();
/** How many times slower than this machine the page's CPU runs. */
const CPU_SLOWDOWN = 4;
/**
 * Pages loaded at once. A slowed-down page spends most of its time paused by the emulation, so a
 * few at a time keep the machine busy without making each one slower.
 */
const AT_ONCE = 4;

/** One layout shift: its score, and each element that moved with its box before and after. */
interface Shift {
  value: number;
  sources: { element: string; before: string; after: string }[];
}

/** The layout shifts not caused by the reader, after the page has loaded and settled. */
async function layoutShifts(
  path: string,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark',
): Promise<Shift[]> {
  const context = await site.browser.newContext({ viewport, colorScheme, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // A slowed-down page as long as the print edition takes a while to load on a busy machine.
    await page.goto(site.url + path, { waitUntil: 'load', timeout: 120_000 });
    return await page.evaluate(
      () =>
        new Promise<Shift[]>((resolve) => {
          type Entry = PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
          };
          const box = (r: DOMRectReadOnly) =>
            `x ${Math.round(r.x)}, y ${Math.round(r.y)}, ${Math.round(r.width)}×${Math.round(r.height)}`;
          const describe = (node?: Node): string => {
            if (!(node instanceof Element)) return node?.nodeName ?? '(an element since removed)';
            const id = node.id ? `#${node.id}` : '';
            const classes = [...node.classList].map((c) => `.${c}`).join('');
            const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
            return `<${node.localName}${id}${classes}> “${text}”`;
          };
          const shifts: Shift[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Entry[]) {
              if (entry.hadRecentInput) continue;
              shifts.push({
                value: entry.value,
                sources: entry.sources.map((s) => ({
                  element: describe(s.node),
                  before: box(s.previousRect),
                  after: box(s.currentRect),
                })),
              });
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // Two frames and a short pause let late work (deferred scripts, fonts) land first.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => setTimeout(() => resolve(shifts), 300)),
          );
        }),
    );
  } finally {
    await context.close();
  }
}

/** A shift as a line a person can act on: the page, the score, what moved and where to. */
function report(path: string, shifts: Shift[]): string {
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  const moved = shifts.flatMap((shift) =>
    shift.sources.map((s) => `${s.element} moved from (${s.before}) to (${s.after})`),
  );
  return `${path}: ${total.toFixed(4)}: ${moved.join('; ')}`;
}

describe.each([
  {
    name: '390 px, dark',
    viewport: { width: 390, height: 844 },
    scheme: 'dark' as const,
    sweep: 0,
  },
  {
    name: '1280 px, light',
    viewport: { width: 1280, height: 800 },
    scheme: 'light' as const,
    sweep: 1,
  },
])('layout stability at $name', ({ viewport, scheme, sweep }) => {
  // Every page, slowed down, takes a while on a 2-core machine: its own time limit.
  it('no page shifts its layout while it loads', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    const queue = pagesForSweep(PAGES, sweep, 2, IN_BOTH);
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const shifts = await layoutShifts(path, viewport, scheme);
        if (shifts.length > 0) problems.push(report(path, shifts));
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    expect(problems.sort(), 'pages whose layout shifted, with what moved').toEqual([]);
  });
});
