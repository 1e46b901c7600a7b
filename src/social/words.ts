/**
 * Every word the social cards, the link-preview meta, the structured data and the share control
 * show, in each language the site is built in. Pages pass their language (`en` | `uk`) and the
 * code here picks the words; nothing in src/social writes interface text of its own. When the
 * site gets a shared dictionary, these entries can be filled from it instead. Pure and
 * dependency-free, so the share control's browser code may import it too.
 */

/** The languages the site is built in: English at /, Ukrainian under /uk/. */
export const LANGS = ['en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** The part of the site a page belongs to, shown above the title on its card. */
export type SectionKey = 'explainer' | 'actors';

/** The words of one language. */
export interface SocialWords {
  /** BCP 47 tag for `inLanguage` and `Intl` ("en-GB"). */
  bcp47: string;
  /** Open Graph locale ("en_GB"). */
  ogLocale: string;
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
  /** Announced when the address was copied (no Web Share API). */
  copied: string;
  /** Announced when the system share sheet was used. */
  shared: string;
  /** Announced when neither sharing nor copying worked: the reader copies the address shown. */
  copyFailed: (url: string) => string;
}

/** The words, by language. */
export const SOCIAL_WORDS: Readonly<Record<Lang, SocialWords>> = {
  en: {
    bcp47: 'en-GB',
    ogLocale: 'en_GB',
    asOf: (day) => `As of ${day}`,
    home: 'Home',
    sections: { explainer: 'Explainer', actors: 'The actors' },
    cardAlt: ({ site, section, title, asOf }) => `${site}. ${section}: ${title}. ${asOf}.`,
    share: 'Share',
    sharePage: (title) => `Share this page: ${title}`,
    shareSection: (text) => `Share a link to this section: ${text}`,
    shareQuote: (speaker) => `Share a link to this quotation of ${speaker}`,
    shareProvision: (title) => `Share a link to this provision: ${title}`,
    copied: 'Link copied to the clipboard.',
    shared: 'Link shared.',
    copyFailed: (url) => `The link could not be copied. Its address is ${url}`,
  },
  uk: {
    bcp47: 'uk-UA',
    ogLocale: 'uk_UA',
    asOf: (day) => `Станом на ${day}`,
    home: 'Головна',
    sections: { explainer: 'Пояснення', actors: 'Учасники' },
    cardAlt: ({ site, section, title, asOf }) => `${site}. ${section}: ${title}. ${asOf}.`,
    share: 'Поділитися',
    sharePage: (title) => `Поділитися сторінкою: ${title}`,
    shareSection: (text) => `Поділитися посиланням на розділ: ${text}`,
    shareQuote: (speaker) => `Поділитися посиланням на цитату: ${speaker}`,
    shareProvision: (title) => `Поділитися посиланням на положення: ${title}`,
    copied: 'Посилання скопійовано.',
    shared: 'Посилання надіслано.',
    copyFailed: (url) => `Не вдалося скопіювати посилання. Його адреса: ${url}`,
  },
};

/**
 * A YYYY-MM-DD day as the language writes it: "25 November 2025", "25 листопада 2025 р.".
 * `Intl` has both languages' month names and forms, so nothing is kept here.
 */
export function formatDay(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) {
    throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  }
  return new Intl.DateTimeFormat(SOCIAL_WORDS[lang].bcp47, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Whether a value is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
