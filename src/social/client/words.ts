/**
 * What the share control announces, in each language of the site (the codes of
 * src/i18n/locales.ts; a unit test keeps one entry for each). Browser code: imports nothing.
 */

/** The announcements of one language. */
export interface ShareWords {
  /** Announced when the address was copied (no Web Share API). */
  copied: string;
  /** Announced when the system share sheet was used. */
  shared: string;
  /** Announced when neither sharing nor copying worked: the reader copies the address shown. */
  copyFailed: (url: string) => string;
}

/** The announcements, by language code. */
export const SHARE_WORDS: Readonly<Record<string, ShareWords>> = {
  en: {
    copied: 'Link copied to the clipboard.',
    shared: 'Link shared.',
    copyFailed: (url) => `The link could not be copied. Its address is ${url}`,
  },
  uk: {
    copied: 'Посилання скопійовано.',
    shared: 'Посилання надіслано.',
    copyFailed: (url) => `Не вдалося скопіювати посилання. Його адреса: ${url}`,
  },
};

/**
 * The announcements for a page's `<html lang>` ("en-GB" → en, "uk" → uk): the language code is
 * the tag's first part. English for a page whose language has none.
 */
export function shareWordsFor(htmlLang: string): ShareWords {
  const code = htmlLang.toLowerCase().split('-')[0] ?? '';
  return SHARE_WORDS[code] ?? (SHARE_WORDS['en'] as ShareWords);
}
