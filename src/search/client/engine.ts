/**
 * The search engine as the UI sees it: loads Pagefind (`/pagefind/pagefind.js`, built by
 * src/search/integration.ts) and the spelling map on first use, then answers queries
 * with results ready to render. Loaded only when the reader opens search.
 */
import { prepareQuery, type PreparedQuery } from '../query.ts';
import {
  resultView,
  type FilterCounts,
  type PagefindResultData,
  type ResultView,
} from '../results.ts';
import type { SpellingMap } from '../spellings.ts';

// Under the base the site is served at (`/repo/pagefind/` for a site at `/repo/`).
const BASE = `${import.meta.env.BASE_URL}pagefind/`;

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: object): Promise<void>;
  search(term: string, options?: object): Promise<PagefindResponse | null>;
}

/** The chosen filter values: filter name → values (any of them matches). */
export type ChosenFilters = Record<string, string[]>;

/** What one search returns to the UI. */
export interface SearchOutcome {
  query: PreparedQuery;
  total: number;
  results: ResultView[];
  counts: FilterCounts;
  /** Load the views of `count` more results, starting at result number `from`. */
  more(from: number, count: number): Promise<ResultView[]>;
}

let engine: Promise<{ pagefind: PagefindApi; spellings: SpellingMap }> | undefined;

/** Start loading Pagefind and the spelling map; safe to call again. */
export function loadEngine(): Promise<{ pagefind: PagefindApi; spellings: SpellingMap }> {
  engine ??= (async () => {
    const url = `${BASE}pagefind.js`;
    const [pagefind, spellings] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindApi>,
      fetch(`${BASE}spellings.json`)
        .then((r) => (r.ok ? (r.json() as Promise<SpellingMap>) : {}))
        .catch(() => ({})),
    ]);
    // The main thread is fast enough for an index this size and saves fetching the worker.
    // The index lists site paths (`/the-plan/`); results link under the base.
    await pagefind.options({
      noWorker: true,
      excerptLength: 22,
      baseUrl: import.meta.env.BASE_URL,
    });
    await pagefind.init();
    // Filter counts come with results only once the filter index is loaded (a few hundred bytes).
    await pagefind.filters();
    return { pagefind, spellings };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

function pagefindFilters(chosen: ChosenFilters): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(chosen)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
}

/** Fetch index chunks for what the reader is typing, before the search itself runs. */
export async function warm(raw: string): Promise<void> {
  const { pagefind, spellings } = await loadEngine();
  const { search } = prepareQuery(raw, spellings);
  if (search) await pagefind.preload(search);
}

/**
 * Search. Returns null when the query has no words (nothing to search for), and the first
 * `first` results as views.
 */
export async function runSearch(
  raw: string,
  chosen: ChosenFilters,
  first: number,
): Promise<SearchOutcome | null> {
  const { pagefind, spellings } = await loadEngine();
  const query = prepareQuery(raw, spellings);
  if (!query.search) return null;
  const response = await pagefind.search(query.search, { filters: pagefindFilters(chosen) });
  if (!response) return null;
  const views = (slice: PagefindResult[]) =>
    Promise.all(slice.map(async (r) => resultView(await r.data(), query.terms)));
  const results = await views(response.results.slice(0, first));
  return {
    query,
    total: response.results.length,
    results,
    counts: response.filters,
    more: (from, count) => views(response.results.slice(from, from + count)),
  };
}
