/**
 * Languages: the site's locales and their path prefixes (locales.ts, which imports nothing),
 * dates, numbers and plurals through Intl (format.ts), and what keeps a translation in step with
 * its English: the blocks a translator translates (blocks.ts), the translatable fields of each
 * collection (translatable.ts), fingerprints of the English (fingerprint.ts) and parity
 * (parity.ts).
 */
export * from './locales.ts';
export * from './format.ts';
export * from './blocks.ts';
export * from './translatable.ts';
export * from './fingerprint.ts';
export * from './parity.ts';

export { readTranslations, type Translation, type TranslationSet } from './translations.ts';
