/**
 * What the reader's browser code writes into a page (previews, the updates' "new" marks), in each
 * language of the site (the codes of src/i18n/locales.ts). Browser code cannot read the build's
 * dictionaries, so these are copies of their `previews` and `updates.new` texts; a unit test
 * keeps them equal. Imports nothing.
 */

/** The words of one language. */
export interface ReaderWords {
  /** The link under a glossary term's preview. */
  glossaryEntry: string;
  /** The link under a citation's preview. */
  references: string;
  /** A citation preview's title when its marker has no accessible name: `{number}`. */
  sourceFallback: string;
  /** The mark on an update that is new since the reader's last visit. */
  newUpdate: string;
}

/** The words, by language code. */
export const READER_WORDS: Readonly<Record<string, ReaderWords>> = {
  en: {
    glossaryEntry: 'Open the glossary entry',
    references: 'Go to the list of references',
    sourceFallback: 'Source {number}',
    newUpdate: 'New since your last visit',
  },
  uk: {
    glossaryEntry: 'Відкрити статтю словника',
    references: 'До списку джерел',
    sourceFallback: 'Джерело {number}',
    newUpdate: 'Нове з часу вашого останнього візиту',
  },
};

/**
 * The words for a page's `<html lang>` ("en-GB" → en, "uk" → uk): the language code is the
 * tag's first part. English for a page whose language has none.
 */
export function readerWordsFor(htmlLang: string): ReaderWords {
  const code = htmlLang.toLowerCase().split('-')[0] ?? '';
  return READER_WORDS[code] ?? (READER_WORDS['en'] as ReaderWords);
}
