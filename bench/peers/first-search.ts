/**
 * The first search as a reader meets it on a page that has just loaded: click the search button,
 * type the query at once, and time from the click to the first result on screen. "At once": the
 * whole query arrives in one input event as soon as the search field takes input, as a fast
 * typist's burst would; key by key through the DevTools protocol, the bench's own latency on a
 * busy machine (seconds) would be measured instead of the site. Bytes are everything fetched
 * (as sent, gzip) from the click until the network is quiet again. Each run is a new browser
 * context with an empty cache, so nothing of search is loaded before the click unless the page
 * itself loaded it.
 *
 * The same code measures every site; only the selectors differ, one driver per search UI.
 */
import type { Browser } from 'playwright-core';
import { median } from '../stats.ts';

/** How to drive one site's search UI. */
export interface SearchDriver {
  /** The search button in the header. */
  button: string;
  /** The search field that appears after the click. */
  input: string;
  /** A result in the list, once it shows a title a reader can read. */
  result: string;
}

export const SEARCH_DRIVERS = {
  /** This site: the header button opens a dialog; results are `a.search-option`. */
  site: {
    button: 'header [data-search-open]',
    input: 'dialog.search-dialog[open] input.search-input',
    result: 'dialog.search-dialog[open] .search-results a.search-option',
  },
  /** Starlight: a button opens a modal holding Pagefind's default UI. */
  starlight: {
    button: 'site-search button[data-open-modal]',
    input: '#starlight__search input.pagefind-ui__search-input',
    result: '#starlight__search .pagefind-ui__result-link',
  },
  /** VitePress with `search: { provider: 'local' }`: a button opens its local search box. */
  vitepress: {
    button: '.VPNavBarSearch button',
    input: '.VPLocalSearchBox input.search-input',
    result: '.VPLocalSearchBox .results a.result',
  },
} as const satisfies Record<string, SearchDriver>;

/** The query the comparison types: a place every site's pages mention. */
export const COLD_QUERY = 'Pokrovsk';

/** One cold first search. */
export interface ColdSearch {
  /** From the click on the search button to the first result drawn. */
  ms: number;
  /** Bytes as sent (gzip) from the click until the network is quiet. */
  bytes: number;
  requests: number;
}

/** One run: a fresh context, the page loaded, then click, type at once, first result. */
async function once(
  browser: Browser,
  url: string,
  driver: SearchDriver,
  query: string,
): Promise<ColdSearch> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    // Playwright's own events, so requests from web workers (Pagefind) are counted too.
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
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate((selector) => {
      const w = window as unknown as { __cold: { start: number; shown: number } };
      w.__cold = { start: 0, shown: 0 };
      document.addEventListener(
        'pointerdown',
        () => {
          if (!w.__cold.start) w.__cold.start = performance.now();
        },
        { capture: true },
      );
      // Checked every frame: the first frame with a visible, titled result is what a reader sees.
      const look = () => {
        const hit = [...document.querySelectorAll<HTMLElement>(selector)].find(
          (e) => e.getClientRects().length > 0 && e.textContent?.trim(),
        );
        if (hit && w.__cold.start) w.__cold.shown = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, driver.result);
    const before = sizes.length;
    await page.click(driver.button);
    // Waits only until the field can take input, then enters the whole query.
    await page.locator(driver.input).fill(query);
    await page.waitForFunction(
      () => (window as unknown as { __cold: { shown: number } }).__cold.shown > 0,
      undefined,
      { timeout: 60_000 },
    );
    const ms = await page.evaluate(() => {
      const { start, shown } = (window as unknown as { __cold: { start: number; shown: number } })
        .__cold;
      return shown - start;
    });
    await page.waitForLoadState('networkidle');
    // Let the last responses' events arrive before counting.
    await page.waitForTimeout(300);
    const after = await Promise.all(sizes.slice(before));
    return { ms, bytes: after.reduce((a, b) => a + b, 0), requests: after.length };
  } finally {
    await context.close();
  }
}

/** The median of `runs` cold first searches on the page at `url`. */
export async function coldFirstSearch(
  browser: Browser,
  url: string,
  driver: SearchDriver,
  runs = 5,
  query: string = COLD_QUERY,
): Promise<ColdSearch> {
  const all: ColdSearch[] = [];
  for (let i = 0; i < runs; i++) all.push(await once(browser, url, driver, query));
  return {
    ms: median(all.map((r) => r.ms)),
    bytes: median(all.map((r) => r.bytes)),
    requests: median(all.map((r) => r.requests)),
  };
}
