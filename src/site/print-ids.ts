/**
 * The printable edition (/print/) puts every page on one page. Each page's HTML reuses the same
 * ids (`cite-1`, `ref-…`, `in-brief`, heading slugs), so each page's ids are prefixed with its
 * own id, and every reference to them (#fragments, aria-*, `for`, `url(#…)` in SVG) follows.
 * Then links between pages of the explainer become links within the document.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

// Attributes that hold one or more ids (space-separated), in hast's property names.
const IDREF_PROPS = [
  'ariaLabelledBy',
  'ariaDescribedBy',
  'ariaControls',
  'ariaOwns',
  'ariaDetails',
  'ariaFlowTo',
  'ariaActiveDescendant',
  'ariaErrorMessage',
  'htmlFor',
  'headers',
  'popoverTarget',
  'commandFor',
  'list',
];

function elements(node: Root | RootContent, visit: (el: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) elements(child, visit);
  if (node.type === 'element' && node.content) elements(node.content, visit);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Prefix every id in an HTML fragment with `<prefix>--`, and rewrite what points at those ids.
 * Ids that are not in the fragment are left as they are, as are links to other pages.
 * `demote` lowers headings by that many levels (h2 → h3 for 1), so each page nests under its
 * section heading in the combined document.
 */
export function prefixIds(html: string, prefix: string, options: { demote?: number } = {}): string {
  const tree = fromHtml(html, { fragment: true });
  const ids = new Set<string>();
  elements(tree, (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  const rename = (id: string) => (ids.has(id) ? `${prefix}--${id}` : id);
  const urlRefs =
    ids.size > 0
      ? new RegExp(`(url\\(\\s*['"]?#|#)(${[...ids].map(escapeRe).join('|')})(?![\\w-])`, 'g')
      : undefined;
  const rewriteCss = (css: string) =>
    urlRefs ? css.replace(urlRefs, (_, lead: string, id: string) => `${lead}${rename(id)}`) : css;
  const demote = options.demote ?? 0;

  elements(tree, (el) => {
    const p = el.properties;
    if (typeof p.id === 'string') p.id = rename(p.id);
    for (const key of IDREF_PROPS) {
      const value = p[key];
      if (Array.isArray(value)) p[key] = value.map((v) => rename(String(v)));
      else if (typeof value === 'string') p[key] = value.split(/\s+/).map(rename).join(' ');
    }
    for (const key of ['href', 'xLinkHref'] as const) {
      const value = p[key];
      if (typeof value === 'string' && value.startsWith('#')) p[key] = `#${rename(value.slice(1))}`;
    }
    for (const [key, value] of Object.entries(p)) {
      if (typeof value === 'string' && value.includes('url(')) p[key] = rewriteCss(value);
    }
    if (el.tagName === 'style') {
      for (const child of el.children)
        if (child.type === 'text') child.value = rewriteCss(child.value);
    }
    const level = /^h([1-6])$/.exec(el.tagName)?.[1];
    if (level && demote > 0) el.tagName = `h${Math.min(6, Number(level) + demote)}`;
  });
  return toHtml(tree);
}

/** The id of a page's section in the printable edition. */
export function sectionId(prefix: string): string {
  return `print-${prefix}`;
}

/**
 * Point links to pages that the document contains at their place in it: `/the-plan/` becomes
 * `#print-the-plan` and `/the-plan/#x` becomes `#the-plan--x` when that id exists. Links to
 * anything else are left alone. `pages` maps each contained page's path to its prefix.
 */
export function linkWithinDocument(html: string, pages: ReadonlyMap<string, string>): string {
  const tree = fromHtml(html, { fragment: true });
  const ids = new Set<string>();
  elements(tree, (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  elements(tree, (el) => {
    const href = el.properties.href;
    if (el.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('/')) return;
    const [path = '', fragment] = href.split('#');
    const prefix = pages.get(path);
    if (prefix === undefined) return;
    if (!fragment) el.properties.href = `#${sectionId(prefix)}`;
    else if (ids.has(`${prefix}--${fragment}`)) el.properties.href = `#${prefix}--${fragment}`;
  });
  return toHtml(tree);
}
