/**
 * The markup every diagram ships in, as a hast tree: a `<figure>` with the inline SVG (or, without
 * a browser at build time, the mermaid source for the reader's browser to draw) and its caption,
 * and the text version in a `<details>` element, which screen readers and Pagefind both read.
 * Pure: built from text nodes only, so no label can ever become markup.
 */
import type { Element, ElementContent } from 'hast';
import type { TextItem } from './label.ts';
import { t as text } from '../i18n/dictionaries/index.ts';

/** What a figure is made of. Exactly one of `svg` and `source` is given. */
export interface FigureParts {
  /** The id of the SVG; the figure and its parts derive their ids from it. */
  id: string;
  title: string;
  description: string;
  /** The diagram keyword, e.g. `flowchart`, kept as a data attribute for styling and tests. */
  type: string;
  items: TextItem[];
  /** The SVG: an element, or any node that stands for it (in MDX, the SVG as one string). */
  svg?: ElementContent;
  /** Its natural width in CSS pixels, when known: a wide diagram's canvas becomes focusable to scroll. */
  width?: number;
  /** The mermaid source, drawn in the browser when no browser was available at build time. */
  source?: string;
  /** The language of the page the figure is on, for the text version's summary. Default: English. */
  code?: string;
}

/** The narrowest content width the site supports (a 320 px phone minus the page margins). */
export const NARROWEST_CONTENT = 288;

const h = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children });
const t = (value: string): ElementContent => ({ type: 'text', value });
/** Puts line breaks between block children, so text extractors never run two blocks' words together. */
const lines = (children: ElementContent[]): ElementContent[] =>
  children.flatMap((child, i) => (i ? [t('\n'), child] : [child]));

function list(items: TextItem[]): Element {
  return h(
    'ul',
    {},
    lines(
      items.map((item) =>
        h('li', {}, item.children?.length ? [t(item.text), list(item.children)] : [t(item.text)]),
      ),
    ),
  );
}

/**
 * Builds one diagram: `<div class="diagram">` holding the `<figure>` (canvas, then the caption
 * under it) and, after the figure, the `<details>` text version. The text version stays outside
 * the figure so the figure's accessible name is just its caption.
 */
export function buildFigure(parts: FigureParts): Element {
  const { id, title, description } = parts;
  const captionId = `${id}-caption`;
  // A canvas wider than the narrowest screen scrolls sideways; keyboard users need to reach it.
  const scrolls = (parts.width ?? 0) > NARROWEST_CONTENT || !parts.svg;
  const canvas = h(
    'div',
    {
      className: ['diagram__canvas'],
      ...(scrolls ? { tabIndex: 0, role: 'group', ariaLabelledBy: [captionId] } : {}),
    },
    parts.svg ? [parts.svg] : [h('pre', { className: ['mermaid'] }, [t(parts.source ?? '')])],
  );
  const details = h(
    'details',
    { className: ['diagram__text'] },
    lines([
      h('summary', {}, [t(text(parts.code ?? 'en', 'diagrams.inWords'))]),
      h('p', {}, [t(description)]),
      ...(parts.items.length ? [list(parts.items)] : []),
    ]),
  );
  const figure = h(
    'figure',
    // Named by its caption explicitly: Chromium leaves a figure's name empty otherwise.
    { className: ['diagram__figure'], ariaLabelledBy: [captionId] },
    lines([canvas, h('figcaption', { id: captionId }, [t(title)])]),
  );
  return h(
    'div',
    {
      className: ['diagram'],
      id: `${id}-figure`,
      dataDiagram: parts.type,
      dataDiagramMode: parts.svg ? 'svg' : 'client',
    },
    lines([figure, details]),
  );
}
