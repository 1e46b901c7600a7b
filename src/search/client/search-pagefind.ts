/**
 * Pagefind itself (`pagefind/pagefind.js`, built by src/search/integration.ts), imported and
 * started once per page: its options set, then its index entry, the language's WebAssembly and
 * the index metadata loading. The engine starts it here as soon as the search UI has loaded,
 * which the launcher asks for when the reader reaches for search.
 */
import { EXCERPT_WORDS, type FilterCounts, type PagefindResultData } from '../results.ts';

// Under the base the site is served at (`/repo/pagefind/` for a site at `/repo/`).
export const PAGEFIND_BASE = `${import.meta.env.BASE_URL}pagefind/`;

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: object): Promise<void>;
  search(term: string, options?: object): Promise<PagefindResponse | null>;
}

let started: { version: number; pagefind: Promise<PagefindApi> } | undefined;

/**
 * Import Pagefind and start it: its options set, its index entry and WebAssembly loading. Safe
 * to call again; `version` is the dev server's index version (a new one loads a fresh copy of
 * Pagefind from a new URL; always 0 on the built site).
 */
export function startPagefind(version = 0): Promise<PagefindApi> {
  if (started?.version === version) return started.pagefind;
  const url = `${PAGEFIND_BASE}pagefind.js${version ? `?v=${version}` : ''}`;
  const pagefind = (async () => {
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // The main thread is fast enough for an index this size and saves fetching the worker.
    // The index lists site paths (`/the-plan/`); under a sub-path, results link under the base.
    await api.options({
      noWorker: true,
      excerptLength: EXCERPT_WORDS,
      basePath: PAGEFIND_BASE,
      baseUrl: import.meta.env.BASE_URL,
    });
    await api.init();
    return api;
  })();
  started = { version, pagefind };
  // A failed load is tried again on the next call.
  pagefind.catch(() => {
    if (started?.pagefind === pagefind) started = undefined;
  });
  return pagefind;
}
