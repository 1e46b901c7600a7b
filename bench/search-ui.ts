/**
 * The search benchmark, as a reader meets search: on a content page, press `/`, type a query at
 * typing speed, and time from the last keystroke to the first result on screen; count the bytes
 * (as sent, gzip) fetched from opening search to the first query's results, then for a second
 * query. Median of several cold runs, on the built site and on a generated 200-page variant.
 * Target: first result within 150 ms, a first search within 100 KB.
 *
 *   npm run bench:search                  the build in dist/ (or DIST_DIR)
 *   npm run bench:search -- --runs 3      cold runs per site (default 5)
 *
 * `npm run bench` (bench/run.ts) calls measureSearch({ browser, baseUrl, distDir }).
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveDist } from '../support/static-server.ts';
import { formatBytes, formatMs, median } from './stats.ts';
import { INDEX_FOLDER } from '../src/search/integration.ts';
import { buildVariant, searchablePages } from './search-variant-build.ts';
import { QUERIES } from './queries.ts';

/** A place, then a two-word idea: the searches the issue names. */
/** Milliseconds between keystrokes: a quick typist. */
const TYPING_DELAY = 90;
/** The page search is opened from. */
const START_PAGE = '/timeline/';

/** One query's figures (medians over the runs). */
export interface QueryFigures {
  query: string;
  msToFirstResult: number;
  bytesGzip: number;
  requests: number;
  results: number;
}

/** Figures for one site. */
export interface SiteFigures {
  pages: number;
  first: QueryFigures;
  second: QueryFigures;
}

export interface SearchFigures {
  runs: number;
  builtSite: SiteFigures;
  variant: SiteFigures;
}

/** Type `query` into the open dialog; resolves with ms from the last keystroke to results drawn. */
async function typeAndTime(page: Page, query: string): Promise<{ ms: number; results: number }> {
  await page.evaluate((q) => {
    const w = window as unknown as { __bench: { lastKey: number; shown: number } };
    w.__bench = { lastKey: 0, shown: 0 };
    document.addEventListener('keydown', () => (w.__bench.lastKey = performance.now()), true);
    const status = document.querySelector('.search-status')!;
    const observer = new MutationObserver(() => {
      if (!status.textContent?.includes(`for “${q}”`)) return;
      observer.disconnect();
      // The results are in the DOM; the next frame is when the reader sees them.
      requestAnimationFrame(() => (w.__bench.shown = performance.now()));
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  }, query);
  await page.keyboard.type(query, { delay: TYPING_DELAY });
  await page.waitForFunction(
    () => (window as unknown as { __bench: { shown: number } }).__bench.shown > 0,
  );
  return page.evaluate(() => {
    const { lastKey, shown } = (
      window as unknown as { __bench: { lastKey: number; shown: number } }
    ).__bench;
    const total = Number(
      document.querySelector('.search-status')?.textContent?.match(/^\d+/)?.[0] ?? 0,
    );
    return { ms: shown - lastKey, results: total };
  });
}

/** One cold run: a fresh browser context, both queries. */
async function run(browser: Browser, baseUrl: string): Promise<QueryFigures[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const sizes: Promise<number>[] = [];
    context.on('requestfinished', (request) => {
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize,
          () => 0,
        ),
      );
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${START_PAGE}`, { waitUntil: 'networkidle' });
    const figures: QueryFigures[] = [];
    for (const [i, query] of QUERIES.entries()) {
      const before = sizes.length;
      if (i === 0) {
        await page.keyboard.press('/');
        await page.waitForSelector('dialog.search-dialog[open]');
      } else {
        await page.keyboard.press('Control+a');
      }
      const { ms, results } = await typeAndTime(page, query);
      await page.waitForLoadState('networkidle');
      const bytes = (await Promise.all(sizes.slice(before))).reduce((a, b) => a + b, 0);
      figures.push({
        query,
        msToFirstResult: ms,
        bytesGzip: bytes,
        requests: sizes.length - before,
        results,
      });
    }
    return figures;
  } finally {
    await context.close();
  }
}

async function measureSite(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  runs: number,
): Promise<SiteFigures> {
  const all: QueryFigures[][] = [];
  for (let i = 0; i < runs; i++) all.push(await run(browser, baseUrl));
  const summary = (q: number): QueryFigures => ({
    query: QUERIES[q]!,
    msToFirstResult: median(all.map((r) => r[q]!.msToFirstResult)),
    bytesGzip: median(all.map((r) => r[q]!.bytesGzip)),
    requests: median(all.map((r) => r[q]!.requests)),
    results: median(all.map((r) => r[q]!.results)),
  });
  return { pages: searchablePages(distDir).length, first: summary(0), second: summary(1) };
}

/** Structured figures for the built site in `distDir` (served at `baseUrl`) and a 200-page variant. */
export async function measureSearchFigures(options: {
  browser: Browser;
  baseUrl: string;
  distDir: string;
  runs?: number;
  variantPages?: number;
}): Promise<SearchFigures> {
  const { browser, baseUrl, distDir, runs = 5, variantPages = 200 } = options;
  if (!existsSync(join(distDir, INDEX_FOLDER, 'pagefind.js'))) {
    throw new Error(
      `No search index in ${distDir}/${INDEX_FOLDER}: build the site first (npm run build).`,
    );
  }
  const builtSite = await measureSite(browser, baseUrl, distDir, runs);
  const contentDir = [resolve(distDir, '..', 'content'), resolve('content')].find(existsSync) ?? '';
  const dir = await buildVariant(distDir, contentDir, variantPages);
  const server = await serveDist(dir, { gzip: true });
  try {
    return { runs, builtSite, variant: await measureSite(browser, server.url, dir, runs) };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as rows of label and value, for the bench report. */
export function searchRows(figures: SearchFigures): [string, string][] {
  const site = (label: string, s: SiteFigures): [string, string][] =>
    [s.first, s.second].flatMap((q, i): [string, string][] => [
      [
        `${label} (${s.pages} pages), ${i ? 'second' : 'first'} query “${q.query}”: last keystroke to first result`,
        formatMs(q.msToFirstResult),
      ],
      [
        `${label} (${s.pages} pages), ${i ? 'second' : 'first'} query “${q.query}”: downloaded (gzip)`,
        `${formatBytes(q.bytesGzip)} in ${q.requests} requests (${q.results} results)`,
      ],
    ]);
  return [
    ...site('Built site', figures.builtSite),
    ...site('Generated variant', figures.variant),
    ['Runs (median of cold runs)', String(figures.runs)],
  ];
}

/** What bench/run.ts calls: the search figures as report rows. */
export async function measureSearch(options: {
  browser: Browser;
  baseUrl: string;
  distDir: string;
}): Promise<[string, string][]> {
  return searchRows(await measureSearchFigures(options));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
  const distDir = resolve(process.env['DIST_DIR'] ?? 'dist');
  const [browser, server] = await Promise.all([
    launchBrowser(),
    serveDist(distDir, { gzip: true }),
  ]);
  try {
    const figures = await measureSearchFigures({ browser, baseUrl: server.url, distDir, runs });
    for (const [label, value] of searchRows(figures)) console.log(`${label}: ${value}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
