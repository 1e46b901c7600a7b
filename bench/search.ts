/**
 * Search figures for the bench, two ways: the search UI as a reader meets it (keystroke to first
 * result, bench/search-ui.ts), and Pagefind's API directly (no UI), the same way at every size of
 * site, so the scale runs show how time and bytes per search grow.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { QUERIES } from './queries.ts';
import { measureSearch } from './search-ui.ts';

/** The search UI's own figures, as rows of label and value, or why there are none. */
export interface ModuleFigures {
  ok: boolean;
  note: string;
  rows: [string, string][];
}

/** One query through Pagefind's API. */
export interface QueryFigures {
  query: string;
  /** From the call to the first result's data (the first query includes loading Pagefind). */
  ms: number;
  /** Bytes as sent (gzip) for this query: index chunks, fragments, and Pagefind itself on the first. */
  bytes: number;
  requests: number;
  results: number;
}

/** The search UI's figures (bench/search-ui.ts) for the site at `baseUrl`, or why there are none. */
export async function searchModuleFigures(
  browser: Browser,
  baseUrl: string,
  distDir: string,
): Promise<ModuleFigures> {
  try {
    const rows = await measureSearch({ browser, baseUrl, distDir });
    return { ok: true, note: 'bench/search-ui.ts (search UI)', rows };
  } catch (error) {
    return {
      ok: false,
      note: `bench/search-ui.ts failed: ${(error as Error).message.split('\n')[0]}`,
      rows: [],
    };
  }
}

/**
 * QUERIES in turn through pagefind.js on the home page, no UI: the same measure for every size of
 * site, so the scale runs show growth. Undefined when the build has no Pagefind index.
 */
export async function pagefindApiFigures(
  browser: Browser,
  baseUrl: string,
  distDir: string,
): Promise<QueryFigures[] | undefined> {
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) return undefined;
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  try {
    // Playwright's own events, not a DevTools session on the page: Pagefind fetches its index
    // from a web worker, whose requests a page session does not see.
    const done: Promise<number>[] = [];
    context.on('requestfinished', (request) => {
      done.push(
        request.sizes().then(
          (s) => s.responseBodySize,
          () => 0,
        ),
      );
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const figures: QueryFigures[] = [];
    for (const query of QUERIES) {
      const before = done.length;
      const { ms, results } = await page.evaluate(async (q) => {
        type Pagefind = { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
        const w = window as unknown as { __pf?: Pagefind };
        const t0 = performance.now();
        // The first query includes loading pagefind.js and its WebAssembly: a reader pays that too.
        w.__pf ??= (await import('/pagefind/pagefind.js' as string)) as Pagefind;
        const search = await w.__pf.search(q);
        await search.results[0]?.data();
        const ms = performance.now() - t0;
        // Five excerpts, as a results list shows: their bytes count, their time does not.
        await Promise.all(search.results.slice(1, 5).map((r) => r.data()));
        return { ms, results: search.results.length };
      }, query);
      // Let the last responses' events arrive before counting.
      await page.waitForTimeout(300);
      const sizes = await Promise.all(done.slice(before));
      const bytes = sizes.reduce((sum, n) => sum + n, 0);
      figures.push({ query, ms, bytes, requests: sizes.length, results });
    }
    return figures;
  } finally {
    await context.close();
  }
}
