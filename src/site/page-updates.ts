/**
 * Which updates touched a page, for the "Updates to this page" link under each page's title.
 * Updates list the ids of the pages they touched (content/updates/*.md, `pages`).
 */

/** The page id of an explainer page's path: "/" is "index", "/the-plan/" is "the-plan". */
export function pageIdFromPath(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** The updates that list a page, newest first (ties by id, for a stable order). */
export function updatesOfPage<T extends { id: string; date: string; pages: readonly string[] }>(
  updates: readonly T[],
  pageId: string,
): T[] {
  return updates
    .filter((u) => u.pages.includes(pageId))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The #anchor of an update in the list of updates. */
export function updateAnchor(id: string): string {
  return `update-${id}`;
}
