/**
 * Words for search: how a text splits into the words Pagefind matches, and when two words are
 * spellings of one name. Shared by the spelling map, the query rewrite and the word marker.
 */
import { editDistance } from '../shared/suggest.ts';

/** Pagefind's URL parameter for the words to highlight on the landing page. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * The words of a text, lower-cased, with the diacritics of Latin letters and punctuation removed.
 * Apostrophes inside a word are kept ("ukraine's", "зв’язки"). Cyrillic letters keep their marks:
 * й, ї and ё are letters of their own, and the Ukrainian stemmer needs them (Pagefind folds them
 * itself when it searches). Used for both the map keys and queries, so the two always agree.
 */
export function searchWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
  return folded.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A stemmer: a lower-case word in, its stem out (client/stemmer-uk.ts for Ukrainian). */
export type Stemmer = (word: string) => string;

/**
 * A stem is never cut shorter than this many letters: the stemmer reduces "київ" to "ки" and
 * "женеві" to "жен", prefixes that would match hundreds of unrelated words.
 */
export const MIN_STEM = 4;

/**
 * A word reduced to the stem Pagefind matches as a prefix: "києві" → "києв" (finds "Києва",
 * "Києві"), "покровська" → "покровськ", "заморожених" → "заморожен". Only Cyrillic words are
 * stemmed (a Latin word or a number is searched as written), and only by cutting: the stem is
 * the part of the word the stemmer keeps, at least MIN_STEM letters of it.
 */
export function stemForSearch(word: string, stem: Stemmer): string {
  if (!/^[\p{Script=Cyrillic}'’]+$/u.test(word)) return word;
  const letters = [...word];
  const stemmed = [...stem(word)];
  let kept = 0;
  while (kept < stemmed.length && stemmed[kept] === letters[kept]) kept++;
  return letters.slice(0, Math.max(kept, Math.min(letters.length, MIN_STEM))).join('');
}

/**
 * What a word is compared by when the spelling map is built, applied to a query, and matched
 * against a page: its stem in a language with a stemmer ("києві", "києву" and "києвом" are all
 * "києв"), else the word itself. Two words with one key are one word to search.
 */
export function wordKey(word: string, stem?: Stemmer): string {
  return stem ? stemForSearch(word, stem) : word;
}

/**
 * Whether `alias` is another spelling of the word `canonical` rather than another word:
 * one edit apart (Zelensky/Zelenskyy, Caroline/Karoline), two edits with the same first letter in
 * a word of four letters or more (Kiev/Kyiv, Lugansk/Luhansk), or a longer form of the word
 * (Daniel/Dan).
 */
export function isSpellingOf(alias: string, canonical: string): boolean {
  if (alias === canonical) return false;
  const longer = alias.length - canonical.length;
  if (canonical.length >= 3 && longer > 0 && longer <= 3 && alias.startsWith(canonical))
    return true;
  const distance = editDistance(alias, canonical);
  if (distance <= 1) return true;
  return (
    distance === 2 && alias[0] === canonical[0] && Math.min(alias.length, canonical.length) >= 4
  );
}

/**
 * Where the searched words occur in a text, as [start, end) ranges, for marking them on the
 * landing page. A word matches a term it starts with, or, as Pagefind's stemming would, a term
 * it shares all but the last two letters with (at least four): "talks" marks "talk",
 * "sanctions" marks "sanctioned", but "nato" does not mark "natural".
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const wanted = terms.map((t) => searchWords(t).join('')).filter((t) => t.length > 0);
  if (wanted.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    const word = searchWords(match[0]).join('');
    if (wanted.some((term) => marks(term, word))) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}

/**
 * The terms that mark at least one word of `text`, as highlightRanges would find them, in their
 * order. The text is folded once as a whole rather than word by word, so asking this of a
 * result's whole page is cheap enough to do for every result the search UI shows.
 */
export function termsIn(text: string, terms: readonly string[]): string[] {
  const words = new Set(searchWords(text));
  return terms.filter((term) => {
    const wanted = searchWords(term).join('');
    if (!wanted) return false;
    for (const word of words) if (marks(wanted, word)) return true;
    return false;
  });
}

/** Whether the folded search term `term` marks the folded word `word` (see highlightRanges). */
function marks(term: string, word: string): boolean {
  const shared = commonPrefix(word, term);
  return shared === term.length || (shared >= 4 && shared >= term.length - 2);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
