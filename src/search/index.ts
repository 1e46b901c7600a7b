/**
 * Search: the Pagefind index and the spelling map are built with the pages, on a worker thread
 * (integration.ts, index-thread.ts, entries.ts, spellings.ts); client/ is the dialog and the /search/ page, loaded on first use by
 * client/launcher.ts (part of every page's loader, src/reader/client/loader.ts). query.ts, results.ts and search-words.ts are shared by both sides.
 */
export {
  pagefindIntegration,
  buildSearchIndex,
  INDEX_FOLDER,
  spellingsFile,
  UNUSED_FILES,
  pageUrlOf,
  searchRecords,
  siteSpellings,
  withSearchIndex,
  type RenderedPage,
} from './integration.ts';
export type { EntryRecord } from './entries.ts';
export { DEV_STATUS_FILE, type DevIndexStatus } from './client/dev-status.ts';
export { kindFilter, SEARCH_KINDS, type SearchKind } from './kinds.ts';
