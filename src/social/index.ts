/**
 * Sharing: a social card per page (drawn at build time), its link-preview meta, structured data
 * (JSON-LD) and the share control. What the rest of the site may use is exported here; the
 * components are imported by path, since .astro files cannot be loaded where astro.config.mjs
 * loads this module:
 *
 * - `src/social/SocialMeta.astro` in the document head (through Head.astro);
 * - `src/social/ShareButton.astro` wherever a page or a deep link gets a share button;
 * - `socialCards()` in astro.config.mjs, before the offline integration;
 * - `shareButton()` for markup built as hast (heading self-links);
 *
 * Browser code lives in `client/` and imports nothing from here but words.ts.
 */
export { socialCards } from './integration.ts';
export { shareButton, SHARE_ATTRIBUTE } from './share-markup.ts';
export { SOCIAL_WORDS, LANGS, isLang, type Lang, type SectionKey } from './words.ts';
export type { PageSubject } from './json-ld.ts';

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
}
