/**
 * The search engine as the UI sees it: loads Pagefind (`/pagefind/pagefind.js`, built by
 * src/search/integration.ts), the spelling map of the page's language and, for a language
 * Pagefind cannot stem, its stemmer, on first use; then answers queries with results ready to
 * render. Loaded only when the reader opens search. Pagefind picks the index of the page's
 * `<html lang>` itself, so a Ukrainian page searches the Ukrainian edition.
 */
import { prepareQuery, type PreparedQuery, type Stemmer } from '../query.ts';
import {
  EXCERPT_WORDS,
  resultView,
  type FilterCounts,
  type PagefindResultData,
  type ResultView,
} from '../results.ts';
import type { SpellingMap } from '../spellings.ts';
import { STEMMERS } from './stemmers.ts';

// Under the base the site is served at (`/repo/pagefind/` for a site at `/repo/`).
const BASE = `${import.meta.env.BASE_URL}pagefind/`;

/** The language code of the page: "uk" for `<html lang="uk">`, "en" for "en-GB". */
const LANGUAGE = (document.documentElement.lang || 'en').split('-')[0]!.toLowerCase();

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

interface Engine {
  pagefind: PagefindApi;
  spellings: SpellingMap;
  stem: Stemmer | undefined;
  /**
   * The filter index loaded: a search counts results by filter value only once it is. It loads
   * beside the first query's index chunks rather than before them.
   */
  filtersLoaded: Promise<unknown>;
}

let engine: Promise<Engine> | undefined;
/** The dev server's index version the loaded engine was made from (always 0 on the built site). */
let engineVersion = 0;

const noticeListeners = new Set<(text: string) => void>();

/**
 * Hear notices about the index itself (only `npm run dev` sends any: its index is built from the
 * dev server's pages and rebuilt after each edit). `''` means the notice no longer applies.
 */
export function onIndexNotice(listener: (text: string) => void): void {
  noticeListeners.add(listener);
}

/** Start loading Pagefind, the spelling map and any stemmer; safe to call again. */
export async function loadEngine(): Promise<Engine> {
  if (import.meta.env.DEV) {
    // Vite drops this branch from the build. In dev, wait for a current index, and load the new
    // one when an edit has rebuilt it (a new URL, so the browser runs a fresh copy of Pagefind).
    const { readyIndexVersion } = await import('./dev-notice.ts');
    const version = await readyIndexVersion(BASE, (text) =>
      noticeListeners.forEach((l) => l(text)),
    );
    if (version !== engineVersion) engine = undefined;
    engineVersion = version;
  }
  engine ??= (async () => {
    const url = `${BASE}pagefind.js${engineVersion ? `?v=${engineVersion}` : ''}`;
    // Pagefind starts loading its index as soon as its script has run, beside the spelling map
    // and the stemmer rather than after them.
    const ready = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(
      async (pagefind) => {
        // The main thread is fast enough for an index this size and saves fetching the worker.
        // The index lists site paths (`/the-plan/`); under a sub-path, results link under the base.
        await pagefind.options({
          noWorker: true,
          excerptLength: EXCERPT_WORDS,
          basePath: BASE,
          baseUrl: import.meta.env.BASE_URL,
        });
        await pagefind.init();
        return pagefind;
      },
    );
    const [pagefind, spellings, stem] = await Promise.all([
      ready,
      fetch(`${BASE}spellings.${LANGUAGE}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<SpellingMap>) : {}))
        .catch(() => ({})),
      STEMMERS[LANGUAGE]?.(),
    ]);
    const filtersLoaded = pagefind.filters().catch(() => undefined);
    return { pagefind, spellings, stem, filtersLoaded };
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
  const { pagefind, spellings, stem } = await loadEngine();
  const { sent } = prepareQuery(raw, spellings, stem);
  if (sent) await pagefind.preload(sent);
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
  const { pagefind, spellings, stem, filtersLoaded } = await loadEngine();
  const query = prepareQuery(raw, spellings, stem);
  if (!query.sent) return null;
  // The query's index chunks and the filter index, side by side; then the search itself.
  await Promise.all([pagefind.preload(query.sent), filtersLoaded]);
  const response = await pagefind.search(query.sent, { filters: pagefindFilters(chosen) });
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
