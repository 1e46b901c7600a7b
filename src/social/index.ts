/**
 * Sharing: a social card per page (drawn at build time), its link-preview meta, structured data
 * (JSON-LD) and the share control. What the rest of the site may use is exported here:
 *
 * - `socialCards()` in astro.config.mjs, before the offline integration (integration.ts, which
 *   hands each page, as it is rendered, to worker threads that read its meta back with
 *   card-spec.ts and draw with card-render.ts);
 * - `cardMeta()`, `pageJsonLd()` and the rest for src/components/SocialMeta.astro, in the head;
 * - `socialWords()` for the labels its callers give src/components/ShareButton.astro;
 * - `shareButton()` for markup built as hast (heading self-links, src/markdown/).
 *
 * Browser code lives in client/: share.ts, the share control, which the page loader
 * (src/reader/client/loader.ts) loads on the first press of a share button, and its words. It
 * imports only client/ and src/shared/.
 */
export { socialCards } from './integration.ts';
export { shareButton, SHARE_ATTRIBUTE } from './share-markup.ts';
export { SOCIAL_WORDS, socialWords, type Lang, type SectionKey } from './words.ts';
export { cardImage, cardMeta, type MetaTag } from './meta.ts';
export {
  firstPublished,
  jsonLdScript,
  pageJsonLd,
  type CitedSource,
  type PageSubject,
} from './json-ld.ts';

/** What a page tells the head about itself for its card, meta and structured data. */
export interface SocialPage {
  /** `article` for explainer, actor and data pages. Default: `webpage`. */
  kind?: 'article' | 'webpage' | undefined;
  /** The part of the site shown on the card. Default: `explainer`. */
  section?: import('./words.ts').SectionKey | undefined;
  /** The content collection id of an explainer page, to find when it was first published. */
  pageId?: string | undefined;
  /** The day the page last changed. Default: the day the explainer describes. */
  updated?: string | undefined;
  /** The breadcrumb trail, home first. Default: home, then the page. */
  trail?: readonly { label: string; href?: string | undefined }[] | undefined;
  /** Ids of the sources the page cites. */
  citations?: readonly string[] | undefined;
  /** On an actor's page: the actor. */
  about?: import('./json-ld.ts').PageSubject | undefined;
  /**
   * The language of the page's content when it differs from its interface's (an entry not yet
   * translated, shown in English): the page then shares the card of its page in that language,
   * which shows the same title, rather than drawing a card of its own.
   */
  contentLang?: import('./words.ts').Lang | undefined;
}
