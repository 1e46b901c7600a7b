/**
 * What the dev server's search index reports about itself at `/pagefind/dev-status.json`, and
 * what the search UI tells the reader about it. Shared by the server (src/dev/search-index.ts)
 * and the browser (client/dev-notice.ts); only `npm run dev` serves it, never the build.
 */

/** The status file's name inside /pagefind/. */
export const DEV_STATUS_FILE = 'dev-status.json';

/** The dev index's state, as served at /pagefind/dev-status.json. */
export interface DevIndexStatus {
  /** `building` from a content change until the new index is ready; `failed` when it could not be built. */
  state: 'building' | 'ready' | 'failed';
  /** Goes up by one with each new index, so the browser knows to load the new one. */
  version: number;
  /** Pages in the current index (0 before the first one). */
  pages: number;
  /** Why the last build failed, for `failed`. */
  message?: string;
}

/**
 * The notice the search UI shows for a status, in plain words; empty when search is ready.
 * Pure, so the wording is tested.
 */
export function noticeFor(status: DevIndexStatus): string {
  if (status.state === 'ready') return '';
  if (status.state === 'failed') {
    return (
      'Search is not available: the development server could not build the search index. ' +
      `The terminal running npm run dev says why.${status.message ? ` (${status.message})` : ''}`
    );
  }
  return status.version === 0
    ? 'Search is getting ready. The development server is building the search index from its pages. This takes a few seconds.'
    : 'Updating the search index with your latest edits. Results will show in a few seconds.';
}
