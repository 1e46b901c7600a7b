/**
 * Turn Pagefind's result data into what the search UI shows: for each page, its title, what kind
 * of page it is and where it sits, the best matching excerpt, and up to three matching headings
 * with their own excerpts and anchors. Pure, so the choice of what to show is unit-tested.
 */
import { excerptParts, withHighlight } from './query.ts';
import { highlightRanges, termsIn } from './search-words.ts';

/** The parts of Pagefind's `result.data()` that the UI reads. */
export interface PagefindResultData {
  url: string;
  /** The page's whole indexed text. */
  content?: string;
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

/** How many words an excerpt has (Pagefind's `excerptLength`, which client/engine.ts sets). */
export const EXCERPT_WORDS = 22;

const MARK = /<mark>/;

/**
 * An excerpt of `text` around the first word the terms mark (highlightRanges), the marked words
 * in `<mark>` as Pagefind writes them, or '' when no word is marked. For a result Pagefind found
 * through its `names` metadata only: Pagefind's own excerpt is then the start of the page, with
 * nothing marked, though the page says the name in another form ("Києву" for "київ").
 */
export function excerptAround(
  text: string,
  terms: readonly string[],
  words: number = EXCERPT_WORDS,
): string {
  const ranges = highlightRanges(text, terms);
  const [first] = ranges;
  if (!first) return '';
  const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const at = Math.max(
    0,
    spans.findIndex(([, end]) => end > first[0]),
  );
  const from = Math.max(0, Math.min(at - Math.floor(words / 3), spans.length - words));
  const to = Math.min(spans.length, from + words);
  return marked(text.slice(spans[from]![0], spans[to - 1]![1]), terms);
}

/** `text` with each word the terms mark (highlightRanges) in `<mark>`. */
function marked(text: string, terms: readonly string[]): string {
  let out = '';
  let last = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    out += `${text.slice(last, start)}<mark>${text.slice(start, end)}</mark>`;
    last = end;
  }
  return out + text.slice(last);
}

/**
 * An excerpt of Pagefind's with every other word the terms mark in `<mark>` too: Pagefind marks
 * the form it matched ("Київ"), the terms also the page's other forms of the name ("Києву").
 */
export function markForms(excerpt: string, terms: readonly string[]): string {
  return excerptParts(excerpt)
    .map((part) => (part.mark ? `<mark>${part.text}</mark>` : marked(part.text, terms)))
    .join('');
}

/**
 * The view of one result. The page's own excerpt comes from its text before the first heading
 * when that matched, else from Pagefind's page excerpt, else (when nothing in them is marked: the
 * page was found by a form of a name Pagefind did not see) from around the first form in the
 * page; matching headings are the ones with the most hits, shown in page order; every link
 * carries the highlight parameter, for the searched terms the page's text has.
 */
export function resultView(data: PagefindResultData, searched: readonly string[]): ResultView {
  // Only the terms the page uses, so a link carries no form of a name the page never writes.
  const content = data.content;
  const terms = content === undefined ? searched : termsIn(content, searched);
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
      excerpt: markForms(s.excerpt, terms),
    }));
  const excerpt = intro?.excerpt || (headings.length > 0 ? '' : data.excerpt);
  const found = MARK.test(excerpt) || headings.some((h) => MARK.test(h.excerpt));
  return {
    title,
    url: withHighlight(data.url, terms),
    context: [kind, page].filter(Boolean).join(' · '),
    excerpt: markForms(
      found || !data.content ? excerpt : excerptAround(data.content, terms) || excerpt,
      terms,
    ),
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
