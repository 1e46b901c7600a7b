/**
 * Reading built pages: a parsed tree (hast, the same model our plugins use) and the few queries
 * the site checks need.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const trees = new WeakMap<object, Root>();

/** Parses a page (cached per page object). */
export function tree(page: { html: string }): Root {
  let parsed = trees.get(page);
  if (!parsed) {
    parsed = fromHtml(page.html);
    trees.set(page, parsed);
  }
  return parsed;
}

/** Every element of the tree in document order, each with its ancestors' tag names. */
export function elements(root: Root): Array<{ node: Element; ancestors: string[] }> {
  const found: Array<{ node: Element; ancestors: string[] }> = [];
  const walk = (nodes: RootContent[], ancestors: string[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      found.push({ node, ancestors });
      walk(node.children, [...ancestors, node.tagName]);
      if (node.content) walk(node.content.children, [...ancestors, node.tagName]);
    }
  };
  walk(root.children, []);
  return found;
}

/** Every element of the tree in document order, each with its ancestor elements, outermost first. */
export function withAncestors(root: Root): { node: Element; ancestors: Element[] }[] {
  const found: { node: Element; ancestors: Element[] }[] = [];
  const walk = (nodes: RootContent[], ancestors: Element[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      found.push({ node, ancestors });
      walk(node.children, [...ancestors, node]);
    }
  };
  walk(root.children, []);
  return found;
}

/** The elements with a given tag name. */
export function byTag(root: Root, tagName: string): Element[] {
  return elements(root)
    .map(({ node }) => node)
    .filter((node) => node.tagName === tagName);
}

/** An attribute's value as a string (`className` joined by spaces), or `undefined`. */
export function attr(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text of a node, as a reader (or a screen reader, for `alt`) gets it. */
export function textOf(node: Element | Root): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') {
      text += child.tagName === 'img' ? (attr(child, 'alt') ?? '') : textOf(child);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Every id in the page (and `<a name>`), the targets of `#fragment` links. */
export function anchors(root: Root): Set<string> {
  const ids = new Set<string>();
  for (const { node } of elements(root)) {
    const id = attr(node, 'id');
    if (id) ids.add(id);
    if (node.tagName === 'a' && attr(node, 'name')) ids.add(attr(node, 'name') ?? '');
  }
  return ids;
}

/** One URL a page points at. */
export interface Reference {
  /** `a[href]`, `link[href]`, `img[src]`… */
  where: string;
  /** The URL as written. */
  url: string;
  /** 1-based line in the built file. */
  line: number;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** Meta tags whose content is a URL that link previews load (the page's social card). */
const URL_META = new Set(['og:image', 'twitter:image']);

/** Every URL the page links to or loads, with where it appears. */
export function references(root: Root): Reference[] {
  const found: Reference[] = [];
  for (const { node } of elements(root)) {
    const meta =
      node.tagName === 'meta' ? (attr(node, 'property') ?? attr(node, 'name')) : undefined;
    if (meta && URL_META.has(meta) && attr(node, 'content')) {
      found.push({
        where: `<meta ${meta}>`,
        url: attr(node, 'content') ?? '',
        line: node.position?.start.line ?? 0,
      });
    }
    for (const property of URL_ATTRIBUTES[node.tagName] ?? []) {
      const raw = node.properties[property];
      if (raw === undefined || raw === null || raw === false) continue;
      // srcset lists "url width" candidates (hast keeps them as an array when it can).
      const urls =
        property === 'srcSet'
          ? (Array.isArray(raw) ? raw.map(String) : String(raw).split(','))
              .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
              .filter(Boolean)
          : [String(raw)];
      for (const url of urls) {
        found.push({
          where: `<${node.tagName} ${property.toLowerCase()}>`,
          url,
          line: node.position?.start.line ?? 0,
        });
      }
    }
  }
  return found;
}
