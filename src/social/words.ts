/**
 * Every word the social cards, the link-preview meta, the structured data and the share buttons
 * show, in each language of src/i18n/locales.ts. Pages pass their language's code (`en`, `uk`)
 * and the code here picks the words; the language tag, the Open Graph locale and the date come
 * from src/i18n (locales.ts, format.ts), so nothing here repeats them. The words the share
 * control announces in the browser are in client/words.ts, which browser code may import. Pure.
 */
import { formatDate } from '../i18n/format.ts';
import { LOCALES, localeOf } from '../i18n/locales.ts';

/** A language's code from src/i18n/locales.ts: "en", "uk". */
export type Lang = string;

/** The part of the site a page belongs to, shown above the title on its card. */
export type SectionKey = 'explainer' | 'actors';

/** The words of one language. */
export interface SocialWords {
  /** "As of 25 November 2025", from a formatted day. */
  asOf: (day: string) => string;
  /** The first breadcrumb, for pages that give no trail of their own. */
  home: string;
  /** Section names shown on cards and given as `article:section`. */
  sections: Record<SectionKey, string>;
  /** The card's description for people who cannot see it (`og:image:alt`). */
  cardAlt: (parts: { site: string; section: string; title: string; asOf: string }) => string;
  /** The page-level share button's text. */
  share: string;
  /** The page-level share button's accessible name. */
  sharePage: (title: string) => string;
  /** A deep link's share button's accessible name: a section, a quotation, a provision. */
  shareSection: (text: string) => string;
  shareQuote: (speaker: string) => string;
  shareProvision: (title: string) => string;
}

/** The words, by language code; a unit test keeps one entry for each of LOCALES. */
export const SOCIAL_WORDS: Readonly<Record<Lang, SocialWords>> = {
  en: {
    asOf: (day) => `As of ${day}`,
    home: 'Home',
    sections: { explainer: 'Explainer', actors: 'The actors' },
    cardAlt: ({ site, section, title, asOf }) => `${site}. ${section}: ${title}. ${asOf}.`,
    share: 'Share',
    sharePage: (title) => `Share this page: ${title}`,
    shareSection: (text) => `Share a link to this section: ${text}`,
    shareQuote: (speaker) => `Share a link to this quotation of ${speaker}`,
    shareProvision: (title) => `Share a link to this provision: ${title}`,
  },
  uk: {
    asOf: (day) => `Станом на ${day}`,
    home: 'Головна',
    sections: { explainer: 'Пояснення', actors: 'Учасники' },
    cardAlt: ({ site, section, title, asOf }) => `${site}. ${section}: ${title}. ${asOf}.`,
    share: 'Поділитися',
    sharePage: (title) => `Поділитися сторінкою: ${title}`,
    shareSection: (text) => `Поділитися посиланням на розділ: ${text}`,
    shareQuote: (speaker) => `Поділитися посиланням на цитату: ${speaker}`,
    shareProvision: (title) => `Поділитися посиланням на положення: ${title}`,
  },
};

/**
 * The words of a language.
 * @throws For a code src/i18n/locales.ts does not know, or a language it knows that has no words
 *   here yet, saying where to add them.
 */
export function socialWords(code: Lang): SocialWords {
  localeOf(code);
  const words = SOCIAL_WORDS[code];
  if (!words) {
    throw new Error(
      `src/social/words.ts has no words for the language "${code}" (listed in src/i18n/locales.ts): ` +
        `add a "${code}" entry to SOCIAL_WORDS.`,
    );
  }
  return words;
}

/** The card's date line: "As of 25 November 2025", "Станом на 25 листопада 2025 р.". */
export function asOfLine(iso: string, code: Lang): string {
  return socialWords(code).asOf(formatDate(iso, code));
}

/** The language whose Open Graph locale this is ("en_GB" → "en"); undefined for none. */
export function langOfOgLocale(ogLocale: string): Lang | undefined {
  return LOCALES.find((l) => l.ogLocale.toLowerCase() === ogLocale.toLowerCase())?.code;
}
