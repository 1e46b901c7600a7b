/**
 * The development server's own tools: search in `npm run dev`, with the index built in memory
 * from the dev server's pages by the same record code as the build (src/search/integration.ts).
 * Build code only; the notice the search UI shows while the index is built is browser code of
 * src/search/client/.
 */
export { devSearch, originOf, pageForIndex, seedPaths } from './search-integration.ts';
export { createDevIndex, type DevIndex, type DevIndexOptions } from './search-index.ts';
export { crawlPages, pageLinks, type FetchedPage } from './crawl.ts';
