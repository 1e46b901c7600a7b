/**
 * Alternative spellings for search: a map from the spellings readers type ("kiev", "zelensky",
 * "donbass") to the spelling the site uses ("kyiv", "zelenskyy", "donbas"), generated from the
 * `aliases` of glossary terms and actors. The search UI rewrites each query with it before asking
 * Pagefind, so a search for "kiev" finds every page that says "Kyiv", not only the glossary entry
 * that lists "Kiev" as another spelling.
 *
 * Pure: no DOM, no file system. The build writes the map as JSON; the browser applies it.
 */

import { isSpellingOf, searchWords } from './search-words.ts';

/** A name as the site writes it and the other names readers may use for it. */
export interface SpellingSource {
  canonical: string;
  aliases: readonly string[];
  /**
   * The name and aliases in the site's other languages ("Kyiv", "Kiev" for "Київ"). They are
   * rewritten even where the edition's text uses them (an English headline on a Ukrainian page):
   * a reader who types them wants the edition's own name.
   */
  foreign?: readonly string[];
  /**
   * `term` (a glossary term, the default) or `name` (a person or body). An alias of a name that
   * differs word for word is usually a title ("President Trump"), so it is not rewritten whole.
   */
  kind?: 'term' | 'name';
}

/** Lower-case alias (a word, or words joined by one space) → the site's spelling, lower case. */
export type SpellingMap = Record<string, string>;

/**
 * Cyrillic letters in Latin, after Ukraine's national transliteration (with the Russian letters
 * the sources' names may use), only to compare a name across scripts: "Київ" and "Kyiv",
 * "Зеленський" and "Zelenskyy" are spellings of one name. Apostrophes and soft signs are dropped.
 */
const LETTERS =
  'а a б b в v г h ґ g д d е e є ie ж zh з z и y і i ї i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ю iu я ia ё e ы y э e'.split(
    ' ',
  );
const LATIN = new Map<string, string>([
  ...LETTERS.flatMap((letter, i): [string, string][] =>
    i % 2 === 0 ? [[letter, LETTERS[i + 1]!]] : [],
  ),
  ...['ь', 'ъ', "'", '’'].map((mark): [string, string] => [mark, '']),
]);

/** A lower-case word in Latin letters, for comparing spellings across scripts. */
export function latinOf(word: string): string {
  return [...word].map((c) => LATIN.get(c) ?? c).join('');
}

/**
 * Whether `alias` is another spelling of `canonical`, in the same script or across scripts
 * ("zelensky" and "зеленський"). Across scripts a word needs three letters or more: two-letter
 * words one letter apart ("рф", "of") are different words.
 */
function spells(alias: string, canonical: string): boolean {
  if (alias === canonical) return false;
  const [a, c] = [latinOf(alias), latinOf(canonical)];
  if (a === c) return true;
  const acrossScripts = a !== alias || c !== canonical;
  return (!acrossScripts || Math.min(a.length, c.length) >= 3) && isSpellingOf(a, c);
}

/** Leading words that carry no meaning for matching ("The Kremlin" is matched as "Kremlin"). */
const LEADING_STOPWORDS = new Set(['the']);

/** The words of a name, without a parenthesised qualifier or a leading "the". */
function nameWords(name: string): string[] {
  const words = searchWords(name.replace(/\([^)]*\)/g, ' '));
  let start = 0;
  while (start < words.length - 1 && LEADING_STOPWORDS.has(words[start]!)) start++;
  return words.slice(start);
}

/** The words of `canonical` that `word` runs together ("counterproposal"), joined by spaces. */
function runOf(canonical: string[], word: string): string | undefined {
  for (let start = 0; start < canonical.length; start++) {
    for (let end = start + 2; end <= canonical.length; end++) {
      if (canonical.slice(start, end).join('') === word)
        return canonical.slice(start, end).join(' ');
    }
  }
  return undefined;
}

/**
 * The rewrites one alias of one name contributes: each word that is another spelling of a word
 * of the name; and the whole alias when it is the name run together ("counterproposal"), another
 * name altogether ("Krasnoarmeysk" for "Pokrovsk"), or the name word for word with a difference
 * no word rewrite covers ("Article Five" for "Article 5").
 */
function rewritesOf(
  canonical: string[],
  alias: string[],
  kind: 'term' | 'name',
): [string, string][] {
  const rewrites: [string, string][] = [];
  const phrase = canonical.join(' ');
  if (alias.join('') === canonical.join('')) return [[alias.join(' '), phrase]];
  let related = 0;
  for (const word of alias) {
    if (canonical.includes(word)) {
      related++;
      continue;
    }
    const runTogether = runOf(canonical, word);
    if (runTogether) {
      related++;
      rewrites.push([word, runTogether]);
      continue;
    }
    const match = canonical.find((c) => spells(word, c));
    if (match) related++;
    // A word the name merely extends is a different word ("Europe" for "European allies"):
    // rewriting it would lose every page that says "Europe". One letter more is a spelling.
    const [latinWord, latinMatch] = [latinOf(word), latinOf(match ?? '')];
    if (match && !(latinMatch.startsWith(latinWord) && latinMatch.length - latinWord.length > 1)) {
      rewrites.push([word, match]);
    }
  }
  const covered = (word: string, i: number): boolean =>
    word === canonical[i] || rewrites.some(([from, to]) => from === word && to === canonical[i]);
  const wordForWord = kind === 'term' && alias.length === canonical.length && alias.length > 1;
  if (related === 0 || (wordForWord && !alias.every(covered))) {
    rewrites.push([alias.join(' '), phrase]);
  }
  return rewrites;
}

/**
 * How many documents use each phrase, for buildSpellingMap: give it the site's own text (pages
 * and data, without the alias lists).
 */
export function phraseUsage(documents: readonly string[]): (phrase: string) => number {
  const texts = documents.map((d) => ` ${searchWords(d).join(' ')} `);
  return (phrase) => texts.filter((t) => t.includes(` ${phrase} `)).length;
}

/** An alias the site's own text uses in this many documents is searched as written. */
export const USED_ON_SITE = 2;

/**
 * Build the spelling map from every name and its aliases (and its names in other languages).
 *
 * Never rewritten: a word that is part of some name the site uses ("Trump" stays "Trump"); an
 * alias (not a foreign name) the site's own text uses in USED_ON_SITE documents or more ("Alaska
 * summit" finds the pages that say it); an alias that would rewrite to two different names
 * (ambiguous).
 * @param usage How many documents of the site use a phrase (see phraseUsage); default none.
 */
export function buildSpellingMap(
  sources: readonly SpellingSource[],
  usage: (phrase: string) => number = () => 0,
): SpellingMap {
  const canonicalWords = new Set(sources.flatMap((s) => searchWords(s.canonical)));
  const candidates = new Map<string, Set<string>>();
  for (const source of sources) {
    const canonical = nameWords(source.canonical);
    if (canonical.length === 0) continue;
    const foreign = new Set(source.foreign ?? []);
    for (const alias of [...source.aliases, ...foreign]) {
      const words = nameWords(alias);
      if (words.length === 0 || words.join(' ') === canonical.join(' ')) continue;
      for (const [from, to] of rewritesOf(canonical, words, source.kind ?? 'term')) {
        if (canonicalWords.has(from)) continue;
        if (!foreign.has(alias) && usage(from) >= USED_ON_SITE) continue;
        const targets = candidates.get(from) ?? new Set<string>();
        targets.add(to);
        candidates.set(from, targets);
      }
    }
  }
  const map: SpellingMap = {};
  for (const [from, targets] of [...candidates].sort(([a], [b]) => a.localeCompare(b))) {
    if (targets.size === 1) map[from] = [...targets][0]!;
  }
  return map;
}

/** The longest key of the map in words, so the rewrite knows how far to look ahead. */
function longestKey(map: SpellingMap): number {
  return Math.max(1, ...Object.keys(map).map((key) => key.split(' ').length));
}

/**
 * Rewrite a query with the map: its words, lower-cased, with every alias (longest phrase first)
 * replaced by the site's spelling. Punctuation is dropped, as Pagefind ignores it anyway.
 * @returns The rewritten query and whether anything changed.
 */
export function applySpellings(
  query: string,
  map: SpellingMap,
): { query: string; changed: boolean } {
  const words = searchWords(query);
  const longest = longestKey(map);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length;) {
    let step = 1;
    let replacement = words[i]!;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (Object.hasOwn(map, phrase)) {
        replacement = map[phrase]!;
        step = n;
        changed = true;
        break;
      }
    }
    out.push(replacement);
    i += step;
  }
  return { query: out.join(' '), changed };
}
