/**
 * Languages: the site's locales and their path prefixes (locales.ts, which imports nothing), a
 * page's language versions (alternates.ts), dates, numbers and plurals through Intl (format.ts),
 * the interface dictionaries (dictionaries/), and what keeps a translation in step with its
 * English: the blocks a translator translates (blocks.ts), the translatable fields of each
 * collection (translatable.ts), fingerprints of the English (fingerprint.ts), parity
 * (parity.ts), the translations read beside their English (translations.ts) and the stamp that
 * records which English a translation was made from (stamp.ts). At build time: entries in the
 * reader's language (entries.ts, Astro-only, used by src/collections/queries.ts), links kept
 * inside an edition (links.ts) and translated headings that keep their English anchors
 * (rehype-translated-headings.ts).
 */
export * from './locales.ts';
export * from './alternates.ts';
export * from './format.ts';
export * from './dictionaries/index.ts';
export * from './dictionaries/vocabulary.ts';
export * from './blocks.ts';
export * from './translatable.ts';
export * from './fingerprint.ts';
export * from './parity.ts';
export * from './translations.ts';
export * from './stamp.ts';
export * from './links.ts';
export * from './heading-ids.ts';
export { default as rehypeTranslatedHeadings } from './rehype-translated-headings.ts';
// Type-only, so importing this index never loads Astro's content layer.
export type { Localised, TranslationState } from './entries.ts';
