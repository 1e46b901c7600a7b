/**
 * Heading self-links: every h2, h3 and h4 with an id gets a link to itself, so a reader can copy
 * the address of any section. The link sits next to the heading, not inside it, so the heading's
 * accessible name (and the page's outline) stays the heading text alone:
 *
 *   <div class="heading-wrap level-2">
 *     <h2 id="x">Text</h2>
 *     <a class="heading-link" href="#x" aria-label="Link to this section: Text" data-pagefind-ignore>
 *       <span aria-hidden="true">#</span></a>
 *     <button class="share-button" data-share="#x" aria-label="Share a link to this section: Text">…
 *   </div>
 *
 * Used by the rehype plugin for Markdown and MDX (src/markdown/rehype-heading-links.ts) and, for
 * headings that components render (actor pages, generated lists), on a page body's HTML
 * (src/components/HeadingLinks.astro). The link shows on hover and keyboard focus
 * (src/styles/features.css).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { shareButton, socialWords, type Lang } from '../social/index.ts';
import { t } from '../i18n/dictionaries/index.ts';

const LEVELS = new Set(['h2', 'h3', 'h4']);

// The text of an element, as a screen reader would read its content.
function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * The wrapper with the heading, its self-link and its share button (src/social), labelled in the
 * language `code`.
 */
export function headingWithLink(heading: Element, code = 'en'): Element {
  const id = String(heading.properties.id);
  const text = textOf(heading).replace(/\s+/g, ' ').trim();
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrap', `level-${heading.tagName.slice(1)}`] },
    children: [
      heading,
      {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['heading-link'],
          href: `#${id}`,
          ariaLabel: t(code, 'headingLinks.label', { heading: text }),
          dataPagefindIgnore: '',
        },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '#' }],
          },
        ],
      },
      shareButton(`#${id}`, socialWords(code as Lang).shareSection(text)),
    ],
  };
}

const isWrapper = (node: Root | Element): boolean =>
  node.type === 'element' &&
  ((node.properties.className as string[] | undefined) ?? []).includes('heading-wrap');

/**
 * Wrap every h2–h4 with an id in the tree (outside SVG, navigation and headings already wrapped).
 * Navigation landmarks are skipped: their headings ("On this page") label the list, not a section.
 */
export function addHeadingLinks(tree: Root | Element, code = 'en'): void {
  const children = tree.type === 'root' ? tree.children : tree.children;
  children.forEach((child: RootContent | ElementContent, index) => {
    if (child.type !== 'element' || child.tagName === 'svg' || child.tagName === 'nav') return;
    if (LEVELS.has(child.tagName) && typeof child.properties.id === 'string' && !isWrapper(tree)) {
      children[index] = headingWithLink(child, code);
      return;
    }
    addHeadingLinks(child, code);
  });
}

/** An h2–h4 tag with an id, and what is written just before it. */
const HEADING_WITH_ID = /<h[234]\b[^>]*\sid=/g;
const WRAPPED = /<div class="heading-wrap level-[234]">$/;

/**
 * Whether every h2–h4 with an id in the HTML is already wrapped (as the rehype plugin leaves a
 * Markdown body), so there is nothing to add and no need to parse it.
 */
export function allHeadingsLinked(html: string): boolean {
  for (const match of html.matchAll(HEADING_WITH_ID)) {
    if (!WRAPPED.test(html.slice(Math.max(0, match.index - 40), match.index))) return false;
  }
  return true;
}

/** The same, on an HTML fragment; the HTML as it is when every heading already has its link. */
export function addHeadingLinksToHtml(html: string, code = 'en'): string {
  if (allHeadingsLinked(html)) return html;
  const tree = fromHtml(html, { fragment: true });
  addHeadingLinks(tree, code);
  return toHtml(tree);
}
