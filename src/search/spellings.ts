/**
 * Alternative spellings and forms for search: a map from the spellings and forms readers type
 * ("kiev", "zelensky", "донбасу", "києві") to the name as the site writes it ("kyiv", "zelenskyy",
 * "донбас", "київ"), generated from the names and `aliases` in the content. It works in both
 * directions, so that the words of a search must all be found (Pagefind's rule) and still every
 * form of a name finds every page that uses any form of it:
 * - at query time, the search UI rewrites each query with it (applySpellings): "Києві" is
 *   searched as "київ";
 * - at index time, every page that uses a form of a name is also given the name itself
 *   (namesIn): a page that says only "у Києві" is found by "київ", so by every form of it.
 *
 * Words are compared by their key (wordKey: the stem, in a language with a stemmer), so one alias
 * stands for all its inflected forms: "Києва" also covers "Києву" and "Києвом".
 *
 * Pure: no DOM, no file system. The build writes the map as JSON; the browser applies it.
 */

import { isSpellingOf, MIN_STEM, searchWords, wordKey, type Stemmer } from './search-words.ts';

/** A name as the site writes it and the other names readers may use for it. */
export interface SpellingSource {
  canonical: string;
  /**
   * The other spellings and forms of the name: the edition's own aliases, and the name and
   * aliases in the site's other languages ("Kyiv", "Kiev" for "Київ").
   */
  aliases: readonly string[];
  /**
   * `term` (a glossary term, the default) or `name` (a person or body). An alias of a name that
   * differs word for word is usually a title ("President Trump"), so it is not rewritten whole.
   */
  kind?: 'term' | 'name';
}

/**
 * An alias as keys (wordKey of each word, joined by one space: "києв", "frozen assets") → the
 * site's spelling, lower case ("київ", "frozen russian assets").
 */
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
 * Build the spelling map from every name and its aliases, with the keys of the edition's
 * language (`stem`: its stemmer, if it has one).
 *
 * Never rewritten: a word whose key is that of a word of some name the site uses ("Trump" stays
 * "Trump"; "Донецьк" stays, as "донецька" has its key); an alias that would rewrite to two
 * different names (ambiguous). An alias the site's own text uses is rewritten like any other:
 * the pages that use it carry the name too (namesIn), so they are still found.
 */
export function buildSpellingMap(sources: readonly SpellingSource[], stem?: Stemmer): SpellingMap {
  const keyOf = (phrase: string): string =>
    phrase
      .split(' ')
      .map((word) => wordKey(word, stem))
      .join(' ');
  const canonicalKeys = new Set(
    sources.flatMap((s) => searchWords(s.canonical).map((word) => wordKey(word, stem))),
  );
  const candidates = new Map<string, Set<string>>();
  for (const source of sources) {
    const canonical = nameWords(source.canonical);
    if (canonical.length === 0) continue;
    for (const alias of new Set(source.aliases)) {
      const words = nameWords(alias);
      if (words.length === 0 || words.join(' ') === canonical.join(' ')) continue;
      for (const [from, to] of rewritesOf(canonical, words, source.kind ?? 'term')) {
        const key = keyOf(from);
        if (canonicalKeys.has(key) || key === keyOf(to)) continue;
        const targets = candidates.get(key) ?? new Set<string>();
        targets.add(to);
        candidates.set(key, targets);
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

const shapes = new WeakMap<SpellingMap, { longest: number; firstWords: Set<string> }>();

/** The map's longest key (longestKey) and the first word of every key, worked out once per map. */
function shapeOf(map: SpellingMap): { longest: number; firstWords: Set<string> } {
  let shape = shapes.get(map);
  if (!shape) {
    const firstWords = new Set(Object.keys(map).map((key) => key.split(' ')[0]!));
    shape = { longest: longestKey(map), firstWords };
    shapes.set(map, shape);
  }
  return shape;
}

/** Every phrase of `keys` from `start`, shortest first, up to the map's longest key. */
function* phrasesAt(keys: readonly string[], start: number, longest: number): Generator<string> {
  for (let n = 1; n <= Math.min(longest, keys.length - start); n++) {
    yield keys.slice(start, start + n).join(' ');
  }
}

/**
 * Rewrite a query with the map: its words, lower-cased, with every alias (longest phrase first,
 * compared by key) replaced by the site's spelling. Punctuation is dropped, as Pagefind ignores
 * it anyway.
 * @param stem The stemmer the map's keys were made with, if any.
 * @returns The rewritten query and whether anything changed.
 */
export function applySpellings(
  query: string,
  map: SpellingMap,
  stem?: Stemmer,
): { query: string; changed: boolean } {
  const words = searchWords(query);
  const keys = words.map((word) => wordKey(word, stem));
  const longest = longestKey(map);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length;) {
    const phrases = [...phrasesAt(keys, i, longest)];
    const n = phrases.findLastIndex((phrase) => Object.hasOwn(map, phrase)) + 1;
    if (n > 0) {
      out.push(map[phrases[n - 1]!]!);
      changed = true;
      i += n;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return { query: out.join(' '), changed };
}

/**
 * The names a text uses in another form: the site's spelling of every alias whose keys occur in
 * `words` as whole words, in order, sorted. The index gives a page these names, so a search
 * rewritten to the name still finds the page that says only the alias ("у Києві" → "київ").
 */
export function namesIn(words: readonly string[], map: SpellingMap, stem?: Stemmer): string[] {
  // A page repeats its words: each distinct word is stemmed once.
  const keyOf = new Map<string, string>();
  const keys = words.map((word) => {
    let key = keyOf.get(word);
    if (key === undefined) keyOf.set(word, (key = wordKey(word, stem)));
    return key;
  });
  const { longest, firstWords } = shapeOf(map);
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    // Most words start no alias; only those that do are joined into phrases.
    if (!firstWords.has(keys[i]!)) continue;
    for (const phrase of phrasesAt(keys, i, longest)) {
      if (Object.hasOwn(map, phrase)) found.add(map[phrase]!);
    }
  }
  return [...found].sort();
}

/**
 * The words of every other form of the names a (rewritten) query contains, for marking them on
 * the pages found: for "київ", the keys "києв", "kyiv" and "kiev". Keys shorter than MIN_STEM
 * letters are left out: "mod" would mark "modern".
 */
export function formsOf(words: readonly string[], map: SpellingMap, stem?: Stemmer): string[] {
  const keys = ` ${words.map((word) => wordKey(word, stem)).join(' ')} `;
  const forms = new Set<string>();
  for (const [from, to] of Object.entries(map)) {
    const target = to
      .split(' ')
      .map((word) => wordKey(word, stem))
      .join(' ');
    if (!keys.includes(` ${target} `)) continue;
    for (const form of from.split(' ')) if ([...form].length >= MIN_STEM) forms.add(form);
  }
  return [...forms];
}
