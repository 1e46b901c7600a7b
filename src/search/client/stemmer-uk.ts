/**
 * The Ukrainian stemmer for search queries: the Snowball-style stemmer of @nlpjs/lang-uk, its one
 * module only (about 9 KB gzip; the package's index would bring the whole NLP toolkit). Loaded by
 * engine.ts with Pagefind, and only on a Ukrainian page.
 */
import StemmerUk from '@nlpjs/lang-uk/src/stemmer-uk.js';

const stemmer = new StemmerUk();

/** The stem of one lower-case Ukrainian word: "києві" → "києв", "активів" → "актив". */
export function stemUk(word: string): string {
  return stemmer.stemWord(word);
}
