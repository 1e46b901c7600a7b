/**
 * Stemmers for the languages Pagefind's index does not stem, by language code, each loaded only
 * when asked for (the Ukrainian one is about 9 KB gzip). The search UI loads the one of its page's
 * language with the engine; the index build loads them all, to key the spelling maps and to find
 * the forms of names in each page (src/search/integration.ts). One table, so both agree.
 */
import type { Stemmer } from '../search-words.ts';

export const STEMMERS: Readonly<Record<string, () => Promise<Stemmer>>> = {
  uk: () => import('./stemmer-uk.ts').then((m) => m.stemUk),
};
