/**
 * Search: the Pagefind index and the spelling map are built after the build (integration.ts,
 * entries.ts, spellings.ts); client/ is the dialog and the /search/ page, loaded on first use by
 * client/launcher.ts. query.ts, results.ts and search-words.ts are shared by both sides.
 */
export { pagefindIntegration, buildSearchIndex, INDEX_FOLDER } from './integration.ts';
export { kindFilter, SEARCH_KINDS, type SearchKind } from './kinds.ts';
