/** The explainer's reading order: the order in which previous/next links walk through pages. */

/** The fields of a page that the reading order needs. */
export interface OrderedPage {
  id: string;
  title: string;
  order?: number | undefined;
}

/** Pages that have an `order`, sorted by it (ties broken by id so the order is stable). */
export function readingOrder<T extends OrderedPage>(pages: readonly T[]): T[] {
  return pages
    .filter((page) => page.order !== undefined)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id));
}

/** The pages before and after `id` in the reading order; undefined at either end or off the order. */
export function prevNext<T extends OrderedPage>(
  pages: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const ordered = readingOrder(pages);
  const index = ordered.findIndex((page) => page.id === id);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}
