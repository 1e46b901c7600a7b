/**
 * What the search UI does to a query before and after Pagefind: trim and cap what the reader
 * typed, rewrite alternative spellings, cut words to their stems in a language Pagefind cannot
 * stem (Ukrainian), add the highlight parameter to result links, and split
 * Pagefind's excerpts into plain text and marked words so they are rendered without innerHTML.
 *
 * Pure: the browser modules call these, the unit tests pin them.
 */
import { applySpellings, formsOf, type SpellingMap } from './spellings.ts';
import {
  HIGHLIGHT_PARAM,
  MIN_STEM,
  searchWords,
  stemForSearch,
  type Stemmer,
} from './search-words.ts';

export { HIGHLIGHT_PARAM, MIN_STEM, stemForSearch, type Stemmer };

/** Queries are cut to this many characters: no reader types more, and Pagefind gets slower. */
export const MAX_QUERY_LENGTH = 200;

/** The query as typed, prepared for search; `terms` is empty when there is nothing to search. */
export interface PreparedQuery {
  /** The words, with alternative spellings rewritten: what the UI says it searched for. */
  search: string;
  /** What is sent to Pagefind: the words of `search`, each cut to its stem when there is a stemmer. */
  sent: string;
  /**
   * The words of `sent`, then the other forms of the names in it (formsOf: "києв" and "kyiv"
   * for "київ"), for highlighting: a page may be found through a form the query does not use.
   */
  terms: string[];
  /** Whether an alternative spelling was rewritten (the UI says so). */
  respelled: boolean;
}

/**
 * Prepare what the reader typed: cap its length, keep only words (markup, quotes and regex
 * characters carry no meaning for Pagefind and are dropped), rewrite alternative spellings and
 * forms (compared by stem when the language has a stemmer, so "Києву" is rewritten like the alias
 * "Києва"), then stem each word when the language has a stemmer.
 * @param stem The language's stemmer, the one the spelling map's keys were made with.
 */
export function prepareQuery(
  raw: string,
  spellings: SpellingMap = {},
  stem?: Stemmer,
): PreparedQuery {
  const capped = raw.slice(0, MAX_QUERY_LENGTH);
  const { query, changed } = applySpellings(capped, spellings, stem);
  const words = searchWords(query);
  const sent = stem ? words.map((word) => stemForSearch(word, stem)) : words;
  const terms = [...new Set([...sent, ...formsOf(words, spellings, stem)])];
  return { search: words.join(' '), sent: sent.join(' '), terms, respelled: changed };
}

/**
 * A result URL with the searched words as highlight parameters, placed before any #anchor so
 * the landing page still scrolls to it: `/timeline/?pagefind-highlight=kyiv#event`.
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const params = terms.map((t) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(t)}`).join('&');
  return `${base}${base.includes('?') ? '&' : '?'}${params}${hash}`;
}

/** A run of excerpt text, marked or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Split a Pagefind excerpt into parts. Pagefind stores page text unescaped and wraps matches in
 * `<mark>`, so the excerpt must be treated as text except for those marks: rendering it with
 * innerHTML would run any markup quoted on a page.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: excerpt.slice(last, match.index), mark: false });
    parts.push({ text: match[1]!, mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), mark: false });
  return parts.filter((p) => p.text.length > 0);
}

/**
 * How long to wait after a keystroke before searching. A search takes a few milliseconds, but
 * each one fetches the excerpts of its results, so searching every half-typed word ("fro", on the
 * way to "frozen") would download excerpts nobody reads. The pause follows the reader's pace:
 * a little longer than the gap between their last two keystrokes, within these bounds, so the
 * first result still shows within 150 ms of the last keystroke.
 */
export const PAUSE_MS = { min: 40, max: 100 };

/**
 * A last word of fewer letters than this is probably still being typed: wait longer, and fetch
 * nothing for it yet. Numbers count as whole words ("article 5").
 */
export const MIN_WORD = 3;
export const SHORT_WORD_PAUSE_MS = 250;

/** How many pages are shown at first, and added by "Show more results". */
export const PAGE_SIZE = 6;

/**
 * The pause before searching `value`, given the gap since the previous keystroke; `undefined` for
 * the field's first input, which holds more than one letter only when the text arrived whole
 * (pasted, or typed before the field opened): it gets the shortest pause.
 */
export function pauseFor(value: string, gap: number | undefined): number {
  const last = searchWords(value).pop() ?? '';
  if (!/\p{N}/u.test(last) && [...last].length < MIN_WORD) return SHORT_WORD_PAUSE_MS;
  if (gap === undefined) return PAUSE_MS.min;
  return Math.round(Math.min(PAUSE_MS.max, Math.max(PAUSE_MS.min, gap * 1.25)));
}
