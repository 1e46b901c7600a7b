/**
 * The kinds of search result, shared by the markup (filter attributes), the index build (entry
 * records) and the search UI (filter labels), so the three never disagree.
 */
import { eventUrl, provisionUrl, sourceUrl, termUrl } from '../shared/urls.ts';
import { SEARCH_WORDS, type SearchWords } from './client/words.ts';

/** Every kind of result and how the filter names it for readers of English. */
export const SEARCH_KINDS: SearchWords['kinds'] = SEARCH_WORDS['en']!.kinds;

export type SearchKind = keyof SearchWords['kinds'];

/**
 * Kinds whose entries sit in a list on a page (one `<li>`, `<div>` or `<tr>` with an id each) and
 * become search results of their own. Mark such an element with `data-search-entry="<kind>"`.
 */
export const ENTRY_KINDS = ['event', 'term', 'provision', 'source'] as const;

export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * The page that is the home of each entry kind. When a list appears on several pages (the
 * provision tracker on /provisions/ and inside an explainer page), the result links here.
 */
export const ENTRY_HOME: Record<EntryKind, string> = {
  event: eventUrl('').split('#')[0]!,
  term: termUrl('').split('#')[0]!,
  provision: provisionUrl('').split('#')[0]!,
  source: sourceUrl('').split('#')[0]!,
};

/** Whether a string is an entry kind. */
export function isEntryKind(value: unknown): value is EntryKind {
  return (ENTRY_KINDS as readonly unknown[]).includes(value);
}

/** The value of a `data-pagefind-filter` attribute that files a page under `kind`. */
export function kindFilter(kind: SearchKind, code = 'en'): string {
  return `kind:${(SEARCH_WORDS[code] ?? SEARCH_WORDS['en']!).kinds[kind]}`;
}
