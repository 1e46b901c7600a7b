/**
 * The site's languages. English is the source language and lives at the root; every other
 * language lives under its own path prefix, with the same slugs. Adding a language means adding
 * it here, writing its dictionary (src/i18n/dictionaries/) and translating content into
 * `content/<collection>/<code>/`.
 *
 * This module imports nothing, so browser code may use it.
 */

/** One language of the site. */
export interface Locale {
  /** The code used in paths and translation folders: "uk" for /uk/ and content/pages/uk/. */
  readonly code: string;
  /** The BCP 47 tag for `lang` attributes, `hreflang` and `Intl`: "en-GB", "uk". */
  readonly lang: string;
  /** The Open Graph locale: "en_GB", "uk_UA". */
  readonly ogLocale: string;
  /** The language's name in itself, for the language switch: "English", "Українська". */
  readonly name: string;
}

/** The source language, served at the root of the site. */
export const SOURCE_LOCALE: Locale = {
  code: 'en',
  lang: 'en-GB',
  ogLocale: 'en_GB',
  name: 'English',
};

/** Every language of the site, the source language first. */
export const LOCALES: readonly Locale[] = [
  SOURCE_LOCALE,
  { code: 'uk', lang: 'uk', ogLocale: 'uk_UA', name: 'Українська' },
];

/** The codes of the languages other than the source: the translation folders. */
export const TRANSLATION_CODES: readonly string[] = LOCALES.slice(1).map((l) => l.code);

/** The locale with this code; throws for an unknown code, naming the known ones. */
export function localeOf(code: string): Locale {
  const found = LOCALES.find((locale) => locale.code === code);
  if (!found) {
    throw new Error(
      `Unknown language "${code}". The site's languages are: ${LOCALES.map((l) => l.code).join(', ')} (src/i18n/locales.ts).`,
    );
  }
  return found;
}

/** The path prefix of a language: "" for the source language, "/uk" for Ukrainian. */
export function localePrefix(code: string): string {
  return code === SOURCE_LOCALE.code ? '' : `/${code}`;
}

/**
 * The language of a site path and the path without its language prefix:
 * "/uk/the-plan/" → { code: "uk", rest: "/the-plan/" }; "/the-plan/" → { code: "en", rest: same }.
 */
export function splitLocale(path: string): { code: string; rest: string } {
  for (const code of TRANSLATION_CODES) {
    if (path === `/${code}` || path === `/${code}/`) return { code, rest: '/' };
    if (path.startsWith(`/${code}/`)) return { code, rest: path.slice(code.length + 1) };
  }
  return { code: SOURCE_LOCALE.code, rest: path };
}

/** A root-relative site path in another language: ("/the-plan/#x", "uk") → "/uk/the-plan/#x". */
export function localisePath(path: string, code: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const { rest } = splitLocale(path);
  return `${localePrefix(code)}${rest}`;
}

/**
 * The language of a content file from its path: a translation lives in
 * `content/<collection>/<code>/<id>.<ext>`, anything else is in the source language.
 */
export function languageOfFile(path: string | undefined): string {
  const match = /\/content\/[a-z-]+\/([a-z]{2,3})\/[^/]+$/.exec((path ?? '').replaceAll('\\', '/'));
  return match && TRANSLATION_CODES.includes(match[1]!) ? match[1]! : SOURCE_LOCALE.code;
}
