/**
 * The link-preview meta of a page's card, in the page's language: what Open Graph readers
 * (messengers, social networks) and X read to show a large image with its description. Pure.
 */
import { absoluteUrl } from '../shared/index.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardFile } from './card-layout.ts';
import { asOfLine, socialWords, type Lang, type SectionKey } from './words.ts';

/** One `<meta>`: Open Graph tags use `property`, X tags use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** What a page's card meta is made from. */
export interface CardMetaInput {
  lang: Lang;
  /** SITE.url. */
  siteUrl: string;
  /** SITE.title. */
  site: string;
  /** SITE.asOf. */
  asOfDay: string;
  /** The page's canonical path: `/the-plan/`. */
  path: string;
  title: string;
  section: SectionKey;
}

/** The card's absolute URL, its alt text and the section's name. */
export function cardImage(input: CardMetaInput): { url: string; alt: string; section: string } {
  const words = socialWords(input.lang);
  const section = words.sections[input.section];
  const asOf = asOfLine(input.asOfDay, input.lang);
  return {
    url: absoluteUrl(input.siteUrl, `/${cardFile(input.path)}`),
    alt: words.cardAlt({ site: input.site, section, title: input.title, asOf }),
    section,
  };
}

/** The meta tags, in the order they are written. */
export function cardMeta(input: CardMetaInput): MetaTag[] {
  const { url, alt, section } = cardImage(input);
  return [
    { property: 'og:image', content: url },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(CARD_WIDTH) },
    { property: 'og:image:height', content: String(CARD_HEIGHT) },
    { property: 'og:image:alt', content: alt },
    { property: 'article:section', content: section },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image', content: url },
    { name: 'twitter:image:alt', content: alt },
  ];
}
