/**
 * Every built page (with a few of the actor profiles: see sweptPages), loaded once in Chromium
 * and checked for everything a reader could meet on it:
 *
 * - console and network: no console error, no Content-Security-Policy violation, no uncaught
 *   exception, no failed request and no request to any host but the site's own;
 * - layout stability: nothing moves while the page loads and settles. For the page of each kind,
 *   the CPU is slowed down, as on a cheap phone, so that the browser paints the page while it is
 *   still reading it, which makes a control of the kind's template that grows as its parts
 *   arrive more likely to be caught. Such a shift is not caught on every run; other pages, which
 *   share those templates, load at full speed. Layout shift is a ratio of the viewport, not a time, so the budget is exact: zero;
 * - accessibility: axe-core finds no violation of WCAG 2.0/2.1/2.2 A and AA, of any impact, in
 *   the theme the page really shows;
 * - reading without JavaScript: the same page with JavaScript switched off shows its one h1, every
 *   block of text and navigation link it shows with JavaScript, its diagrams as inline SVG (never
 *   Mermaid source waiting for a script) and citation markers that lead to their references.
 *
 * There are four settings, the light and the dark theme (the system setting, which is what a
 * reader without JavaScript gets) on a phone and a desktop: one page of each kind in each
 * language in all four; every other page of a translated edition on both (a translation's text,
 * longer or in another script, wraps differently from the English its template was made with),
 * in one theme, taken in turn; every other page (and each print edition, made of pages checked
 * on their own) in one of the four, taken in turn within its language.
 *
 * Each load is a reader's first visit: nothing cached, nothing stored. The offline worker is
 * blocked in these loads (it would save the whole site again on each); the last block loads the
 * site with it, for its own requests and messages.
 */
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { builtPages, oneOfEachKind, pagesForSweep, sweptPages } from '../../support/pages.ts';
import { readContentDir } from '../../src/collections/index.ts';
import { LOCALES, SOURCE_LOCALE, splitLocale } from '../../src/i18n/locales.ts';
import {
  axeViolations,
  formatViolations,
  preloadAxe,
  shownTheme,
  THEMES,
  VIEWPORTS,
  type Theme,
} from '../helpers/a11y.ts';
import {
  layoutShifts,
  readPage,
  reportShifts,
  watchProblems,
  type PageReading,
  type Shift,
} from '../helpers/page-sweep.ts';
import { useSite } from '../helpers/site.ts';

const PAGES = sweptPages(builtPages());
const site = useSite();

/**
 * How many times slower than this machine a kind's page's CPU runs while it loads. Chromium
 * slows a page down by stopping it in a busy loop, which costs a core for as long as the page
 * loads: the reason only the kinds' pages are slowed down.
 */
const CPU_SLOWDOWN = 4;
/**
 * Pages checked at once. A page waits for the server and for Chromium between its steps, so a
 * few at a time keep the two cores busy without making each one slower.
 */
const AT_ONCE = 2;

/** One page of each kind in each language. */
const KINDS = LOCALES.flatMap(({ code }) => oneOfEachKind(PAGES, undefined, code));
/**
 * The pages of a translated edition but its kinds' and its print edition (that edition's pages in
 * one, each checked on its own): checked at both widths, as a translation wraps differently from
 * the English its template was made with, each in one theme, taken in turn. A theme changes
 * colours, never where text wraps, and the kinds' pages are checked in both themes at both widths.
 */
const TRANSLATED = PAGES.filter(
  (path) =>
    splitLocale(path).code !== SOURCE_LOCALE.code &&
    !KINDS.includes(path) &&
    splitLocale(path).rest !== '/print/',
);
/** Every other page but the kinds': in one setting, taken in turn within its language. */
const OTHERS = PAGES.filter((path) => !KINDS.includes(path) && !TRANSLATED.includes(path));

const SETTINGS = THEMES.flatMap((theme) => VIEWPORTS.map((viewport) => ({ theme, viewport })));

/** One page in one setting. */
interface Visit {
  path: string;
  theme: Theme;
  viewport: (typeof VIEWPORTS)[number];
  name: string;
  /** Loaded with the CPU slowed down: a kind's page. */
  slowed: boolean;
}

type Setting = (typeof SETTINGS)[number];
const settingName = ({ theme, viewport }: Setting) => `${theme}, ${viewport.name}`;

/** What a visit found. */
interface Findings {
  problems: string[];
  shifts: Shift[];
  shown: Theme;
  violations: Awaited<ReturnType<typeof axeViolations>>;
  withJs: PageReading;
  withoutJs: PageReading;
}

const visits: Visit[] = SETTINGS.flatMap((setting, i) =>
  [
    ...KINDS,
    ...pagesForSweep(TRANSLATED, THEMES.indexOf(setting.theme), THEMES.length),
    ...pagesForSweep(OTHERS, i, SETTINGS.length),
  ].map((path) => ({
    path,
    theme: setting.theme,
    viewport: setting.viewport,
    name: `${path} (${settingName(setting)})`,
    slowed: KINDS.includes(path),
  })),
);
// The print editions take longest: started first, they load while the others are checked.
visits.sort((a, b) => Number(b.path.endsWith('/print/')) - Number(a.path.endsWith('/print/')));

/**
 * A lane checks one visit after another in its own tab with JavaScript, and its own tab in one
 * shared context without. Opening a tab costs as much as checking a page, so a lane keeps its
 * tabs; each visit still loads as a reader's first visit does: the lane's HTTP cache is off and
 * the site's stored data (the theme chosen, the updates seen) is cleared before it.
 */
interface Lane {
  page: Page;
  cdp: CDPSession;
  watched: Awaited<ReturnType<typeof watchProblems>>;
  off: Page;
}

let withoutJs: Promise<BrowserContext> | undefined;
const lanes = new Map<number, Promise<Lane>>();
const contexts: Promise<BrowserContext>[] = [];

async function openLane(): Promise<Lane> {
  const made = site.browser.newContext({ serviceWorkers: 'block' });
  contexts.push(made);
  const context = await made;
  // Loaded as each page starts, so a visit does not wait for axe-core to be read in afterwards.
  await preloadAxe(context);
  const watched = await watchProblems(context, site.url);
  const page = await context.newPage();
  watched.watch(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (!withoutJs) {
    withoutJs = site.browser.newContext({ javaScriptEnabled: false });
    contexts.push(withoutJs);
  }
  const off = await (await withoutJs).newPage();
  return { page, cdp, watched, off };
}

function lane(n: number): Promise<Lane> {
  const made = lanes.get(n) ?? openLane();
  lanes.set(n, made);
  return made;
}

/**
 * Load the page with JavaScript in the visit's setting (a kind's page with its CPU slowed down
 * until it has loaded), and read its layout shifts, axe's findings and what it shows; then load it without JavaScript
 * and read what that shows.
 */
async function check(visit: Visit, n: number): Promise<Findings> {
  const { page, cdp, watched, off } = await lane(n);
  const { width, height } = visit.viewport;
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: visit.theme, reducedMotion: null });
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(site.url).origin,
    storageTypes: 'all',
  });
  watched.visit();
  if (visit.slowed) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    // A print edition (every page in one) takes a while to load on a busy machine.
    await page.goto(site.url + visit.path, { waitUntil: 'load', timeout: 120_000 });
  } finally {
    // Off as soon as the page has loaded. What runs later (deferred work, lazy loads) moves
    // things after the first paint at any speed, so the shifts it causes are still seen.
    if (visit.slowed) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  const shifts = await layoutShifts(page);
  // Reduced motion, so that no transition is caught half-way when axe measures contrast.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const shown = await shownTheme(page);
  const violations = await axeViolations(page);
  const withJs = await readPage(page);
  // Late requests (lazy loads, deferred scripts) are answered before the problems are read.
  await watched.settled();
  const problems = [...watched.problems];
  await off.setViewportSize({ width, height });
  await off.emulateMedia({ colorScheme: visit.theme });
  await off.goto(site.url + visit.path, { waitUntil: 'load' });
  return { problems, shifts, shown, violations, withJs, withoutJs: await readPage(off) };
}

/**
 * Run `task` on each item, `limit` at a time, in order, telling each call which of the `limit`
 * runners makes it; each outcome settles on its own.
 */
function inTurn<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, runner: number) => Promise<R>,
) {
  const outcomes = items.map(() => Promise.withResolvers<R>());
  let next = 0;
  const runner = async (n: number) => {
    for (let i = next++; i < items.length; i = next++) {
      await task(items[i]!, n).then(outcomes[i]!.resolve, outcomes[i]!.reject);
    }
  };
  for (let n = 0; n < limit; n++) void runner(n);
  // A visit that failed is reported by its own tests; it must not count as unhandled before.
  for (const outcome of outcomes) outcome.promise.catch(() => undefined);
  return outcomes.map((o) => o.promise);
}

/** The text of each page source and translation (content/pages/), by its path. */
const PAGE_SOURCES = (() => {
  const { entries, translations } = readContentDir('content', ['pages']);
  return new Map([
    ...entries.map((entry) => [entry.file, entry.text] as const),
    ...translations.map((file) => [file.path, file.text] as const),
  ]);
})();

/**
 * What the source of an explainer page (or its translation) promises: its diagrams and whether
 * it cites anything.
 */
function promised(path: string): { diagrams: number; cites: boolean } {
  const { code, rest } = splitLocale(path);
  const id = rest === '/' ? 'index' : rest.slice(1, -1);
  const folder = code === SOURCE_LOCALE.code ? 'content/pages' : `content/pages/${code}`;
  const source = PAGE_SOURCES.get(`${folder}/${id}.mdx`) ?? PAGE_SOURCES.get(`${folder}/${id}.md`);
  if (source === undefined) return { diagrams: 0, cites: false };
  const fences = source.match(/^\s*(```|~~~)\s*mermaid\b/gm)?.length ?? 0;
  const components = source.match(/<[A-Z]\w*Diagram\b/g)?.length ?? 0;
  return { diagrams: fences + components, cites: /\[@[a-z0-9]/.test(source) };
}

/** The search page needs JavaScript by nature; without it, it must say so instead. */
const isSearchPage = (path: string) => splitLocale(path).rest === '/search/';

let findings: Promise<Findings>[] = [];
beforeAll(() => {
  findings = inTurn(visits, AT_ONCE, check);
});
afterAll(async () => {
  await Promise.allSettled(findings);
  for (const context of await Promise.all(contexts)) await context.close();
});

describe.each(visits.map((visit, i) => ({ ...visit, i })))('$name', (visit) => {
  const { path, theme, name, i } = visit;
  const found = () => findings[i]!;

  it('loads with no console error, failed request or request elsewhere', async () => {
    const { problems } = await found();
    expect(problems, `${name}:\n${problems.join('\n')}`).toEqual([]);
  });

  it('does not shift its layout while it loads', async () => {
    const { shifts } = await found();
    if (shifts.length > 0) assert.fail(reportShifts(name, shifts));
  });

  it('has no axe violation', async () => {
    const { shown, violations } = await found();
    expect(shown, `${path} should show the ${theme} theme`).toBe(theme);
    // assert.fail, not expect(…).toEqual([]): the report alone is readable, axe's objects are not.
    if (violations.length > 0) assert.fail(formatViolations(name, violations));
  });

  it('shows its one h1 and its text without JavaScript', async () => {
    const { withJs, withoutJs } = await found();
    expect(withoutJs.h1s, 'exactly one h1').toHaveLength(1);
    expect(withoutJs.h1s[0]?.shown, 'the h1 is visible').toBe(true);
    expect(withoutJs.h1s[0]?.text).not.toBe('');
    expect(withoutJs.mainText.length, 'main has text').toBeGreaterThan(40);
    if (isSearchPage(path)) {
      expect(withoutJs.mainText, 'the search page says it needs JavaScript').toMatch(/JavaScript/);
      return;
    }
    // Every block of text a reader sees with JavaScript is there without it.
    const missing = withJs.blocks.filter((block) => !withoutJs.mainText.includes(block));
    expect(missing, `text shown only with JavaScript on ${path}:\n${missing.join('\n')}`).toEqual(
      [],
    );
  });

  it('shows the same navigation without JavaScript', async () => {
    const { withJs, withoutJs } = await found();
    expect(withoutJs.navLinks.length, 'no visible navigation link').toBeGreaterThan(0);
    const missing = withJs.navLinks.filter((href) => !withoutJs.navLinks.includes(href));
    expect(missing, 'navigation links shown only with JavaScript').toEqual([]);
  });

  it('shows its diagrams as inline SVG without JavaScript', async () => {
    const { withoutJs } = await found();
    const broken = withoutJs.figures.filter((f) => !f.ok).map((f) => f.which);
    expect(broken, 'a .diagram without a visible inline <svg>').toEqual([]);
    expect(withoutJs.mermaidSource, 'mermaid source shown instead of a drawn diagram').toBe(0);
    const { diagrams } = promised(path);
    expect(
      withoutJs.figures.length,
      `${path}'s source has ${diagrams} diagram(s)`,
    ).toBeGreaterThanOrEqual(diagrams);
  });

  it('links every citation marker to a reference on the page without JavaScript', async () => {
    const { withoutJs } = await found();
    if (promised(path).cites) {
      expect(withoutJs.cites.length, 'the source cites; the page shows no marker').toBeGreaterThan(
        0,
      );
    }
    const broken = withoutJs.cites.filter((c) => !c.resolves).map((c) => c.href);
    expect(broken, 'citation links that lead to no visible element on the page').toEqual([]);
  });
});

describe('the site with its offline worker', () => {
  it.each(['/', '/uk/'])(
    '%s and the worker saving the site raise no error and request nothing elsewhere',
    async (path) => {
      const context = await site.browser.newContext();
      try {
        const watched = await watchProblems(context, site.url);
        const page = await context.newPage();
        watched.watch(page);
        watched.visit();
        await page.goto(site.url + path, { waitUntil: 'load' });
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        // networkidle: the worker's saving of the site and late console errors all land.
        await page.waitForLoadState('networkidle');
        expect(watched.problems, watched.problems.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
