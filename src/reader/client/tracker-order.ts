/**
 * The provision tracker's sorting and filtering, as pure functions. The table is rendered at build
 * time in the order of the provisions' `order` field; the browser script (src/reader/client/tracker.ts)
 * only reorders and hides rows with these functions, so the logic is tested without a browser.
 *
 * This module imports nothing: it is bundled into the browser script, and the schemas module
 * would bring zod with it. Each row carries its ranks (computed at build time by
 * `src/shared/tracker-labels.ts`) in data-* attributes instead.
 */

/** The columns a reader can sort by. */
export const SORT_KEYS = ['order', 'topic', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** What the tracker knows of a row: read from the row's data-* attributes in the browser. */
export interface TrackerRow {
  /** The provision's place in the tracker (its `order` field). */
  order: number;
  topic: string;
  status: string;
  /** The topic's place in the list of topics. */
  topicRank: number;
  /** The status word's place from the surest (confirmed) to the least sure (unknown). */
  statusRank: number;
}

/** The filters a reader can set; an empty string means "all". */
export interface TrackerFilters {
  status: string;
  topic: string;
}

/**
 * Compare two rows by a column. Status sorts from the surest word to the least sure, topic in the
 * order of the schema's topics; ties keep the tracker's own order, in the same direction.
 */
export function compareRows(
  a: TrackerRow,
  b: TrackerRow,
  key: SortKey,
  direction: SortDirection = 'ascending',
): number {
  const sign = direction === 'ascending' ? 1 : -1;
  const byKey =
    key === 'status'
      ? a.statusRank - b.statusRank
      : key === 'topic'
        ? a.topicRank - b.topicRank
        : 0;
  return sign * (byKey || a.order - b.order);
}

/** Whether a row passes the filters. */
export function matchesFilters(row: TrackerRow, filters: TrackerFilters): boolean {
  return (
    (filters.status === '' || row.status === filters.status) &&
    (filters.topic === '' || row.topic === filters.topic)
  );
}

/**
 * The sentences announced after the filters change, in the page's language, written by the build
 * on the tracker's count element (`data-all`, `data-some`, `data-none`) with the total filled in;
 * `{shown}` in `some` stands for the number of rows shown.
 */
export interface SummaryWords {
  all: string;
  some: string;
  none: string;
}

/** The sentence announced to screen readers after the filters change. */
export function filterSummary(shown: number, total: number, words: SummaryWords): string {
  if (shown === total) return words.all;
  if (shown === 0) return words.none;
  // Fewer rows than a thousand: the number needs no grouping in any language.
  return words.some.replace('{shown}', String(shown));
}

/** The direction a column takes when its sort button is pressed. */
export function nextDirection(
  current: { key: SortKey; direction: SortDirection },
  pressed: SortKey,
): SortDirection {
  if (current.key !== pressed) return 'ascending';
  return current.direction === 'ascending' ? 'descending' : 'ascending';
}
