/**
 * What a page's card draws, and where it goes, read back from the page's own link-preview meta
 * (written by SocialMeta.astro): the card shows exactly the title, section and site name an
 * unfurler reads, and every built page gets a card without a list of pages to keep in step.
 * Pure.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { CardSpec } from './card-layout.ts';
import { asOfLine, langOfOgLocale, type Lang } from './words.ts';

/** The card of a page and the URL path its meta gives for it. */
export interface PageCard {
  spec: CardSpec;
  /** The `og:image` URL's path, e.g. `/social/the-plan.png`. */
  imagePath: string;
}

/** A card's spec from its parts: the date line is written in the page's language. */
export function cardSpec(input: {
  lang: Lang;
  site: string;
  section: string;
  title: string;
  asOfDay: string;
}): CardSpec {
  const { lang, site, section, title, asOfDay } = input;
  return { lang, site, section, title, asOf: asOfLine(asOfDay, lang) };
}

function metaTags(root: Root): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const el = node as Element;
      if (el.tagName === 'meta') {
        const key = el.properties['property'] ?? el.properties['name'];
        const content = el.properties['content'];
        if (typeof key === 'string' && typeof content === 'string' && !found.has(key)) {
          found.set(key, content);
        }
      }
      walk(el.children);
    }
  };
  walk(root.children);
  return found;
}

/**
 * The card a built page asks for, from the meta in its <head>; undefined when the page has no
 * `og:image` of this site's cards.
 * @throws When the page asks for a card but lacks what the card shows, naming what is missing.
 */
export function pageCardFromHtml(html: string, asOfDay: string): PageCard | undefined {
  const end = html.search(/<\/head\s*>/i);
  const meta = metaTags(fromHtml(end === -1 ? html : html.slice(0, end), { fragment: true }));
  const image = meta.get('og:image');
  if (!image) return undefined;
  const imagePath = new URL(image).pathname;
  if (!/^\/social\/.+\.png$/.test(imagePath)) return undefined;
  const missing = ['og:title', 'og:site_name', 'article:section', 'og:locale'].filter(
    (key) => !meta.get(key),
  );
  const lang = langOfOgLocale(meta.get('og:locale') ?? '');
  if (missing.length > 0 || !lang) {
    throw new Error(
      `The page with og:image ${image} lacks ${missing.join(', ') || `a known og:locale (not "${meta.get('og:locale')}")`}: ` +
        'its card cannot be drawn. Render the page with SocialMeta.astro (through Head.astro).',
    );
  }
  return {
    imagePath,
    spec: cardSpec({
      lang,
      site: meta.get('og:site_name') ?? '',
      section: meta.get('article:section') ?? '',
      title: meta.get('og:title') ?? '',
      asOfDay,
    }),
  };
}
