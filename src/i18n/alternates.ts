/**
 * The language versions of a page: every page exists in every language (an entry not yet
 * translated is shown in English with a notice), at the same path under each language's prefix.
 */
import { LOCALES, SOURCE_LOCALE, localisePath, splitLocale, type Locale } from './locales.ts';

/** One language version of a page. */
export interface Alternate {
  locale: Locale;
  /** The root-relative path of the page in that language. */
  path: string;
}

/** The page at `path` in every language, the source language first. */
export function alternates(path: string): Alternate[] {
  const { rest } = splitLocale(path);
  return LOCALES.map((locale) => ({ locale, path: localisePath(rest, locale.code) }));
}

/** The language of the page at `path`. */
export function localeOfPath(path: string): Locale {
  const { code } = splitLocale(path);
  return LOCALES.find((l) => l.code === code) ?? SOURCE_LOCALE;
}

/** The language code of the page being rendered, from its URL: `codeOf(Astro.url)`. */
export function codeOf(url: URL): string {
  return localeOfPath(url.pathname).code;
}
