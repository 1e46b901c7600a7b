/**
 * Turn Pagefind's result data into what the search UI shows: for each page, its title, what kind
 * of page it is and where it sits, the best matching excerpt, and up to three matching headings
 * with their own excerpts and anchors. Pure, so the choice of what to show is unit-tested.
 */
import { withHighlight } from './query.ts';

/** The parts of Pagefind's `result.data()` that the UI reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: {
    title: string;
    url: string;
    excerpt: string;
    locations: number[];
    anchor?: { element: string; id: string } | undefined;
  }[];
}

/** A heading inside a result page that matched. */
export interface SubResultView {
  title: string;
  url: string;
  excerpt: string;
}

/** One result as shown. */
export interface ResultView {
  title: string;
  url: string;
  /** "Event · Timeline": the kind, and the page an entry sits on. */
  context: string;
  excerpt: string;
  subs: SubResultView[];
}

/** How many headings are shown under one page. */
export const MAX_SUB_RESULTS = 3;

/**
 * The view of one result. The page's own excerpt comes from its text before the first heading
 * when that matched, else from Pagefind's page excerpt; matching headings are the ones with the
 * most hits, shown in page order; every link carries the highlight parameter.
 */
export function resultView(data: PagefindResultData, terms: readonly string[]): ResultView {
  const title = data.meta['title']?.trim() || data.url;
  const kind = data.filters['kind']?.[0];
  const page = data.meta['page']?.trim();
  const intro = data.sub_results.find((s) => !s.anchor);
  const headings = data.sub_results
    .filter((s) => s.anchor && s.title.trim())
    .map((s, order) => ({ s, order }))
    .sort((a, b) => b.s.locations.length - a.s.locations.length || a.order - b.order)
    .slice(0, MAX_SUB_RESULTS)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => ({
      title: s.title.trim(),
      url: withHighlight(s.url, terms),
      excerpt: s.excerpt,
    }));
  return {
    title,
    url: withHighlight(data.url, terms),
    context: [kind, page].filter(Boolean).join(' · '),
    excerpt: intro?.excerpt || (headings.length > 0 ? '' : data.excerpt),
    subs: headings,
  };
}

/** Filter counts as Pagefind reports them: filter name → value → number of results. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A filter value as offered to the reader. */
export interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * The options of one filter: the values with results, and any the reader has chosen even if
 * the query now matches none of them (so a choice never disappears while it applies), in the
 * order given (the order the site lists kinds and sides in), then alphabetically.
 */
export function filterOptions(
  counts: Record<string, number> | undefined,
  chosen: readonly string[],
  order: readonly string[] = [],
): FilterOption[] {
  const values = new Set([
    ...Object.entries(counts ?? {})
      .filter(([, n]) => n > 0)
      .map(([v]) => v),
    ...chosen,
  ]);
  const rank = (v: string): number => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...values]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((value) => ({ value, count: counts?.[value] ?? 0, checked: chosen.includes(value) }));
}
