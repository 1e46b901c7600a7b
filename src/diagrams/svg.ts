/**
 * Turns mermaid's SVG into the SVG the site ships: ids unique per page, colours from the site's
 * tokens, no invalid `style` attributes (mindmaps write `style="undefined;;;undefined"`, which
 * MDX cannot parse), `role="img"` named by its `<title>` and described by its `<desc>`, and a
 * width and height so the browser reserves its space. Pure.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { replaceLiterals, replaceLiteralsInCss } from './colour.ts';
import { NARROWEST_CONTENT } from './figure.ts';
import { applyThemeTokens } from './theme.ts';

/** What the site needs to place a processed SVG. */
export interface ProcessedSvg {
  svg: Element;
  width: number;
  height: number;
}

/** Options: the id mermaid rendered with, the id it must have on the page, its title and description. */
export interface ProcessOptions {
  renderId: string;
  id: string;
  title: string;
  description: string;
}

const COLOUR_PROPS = ['fill', 'stroke', 'stopColor', 'floodColor', 'color', 'lightingColor'];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Gives every id that does not already contain the diagram's id the diagram's id as a prefix
 * (sequence diagrams write bare ids like `actor0`), and updates `#id` references.
 */
export function scopeIds(svg: string, renderId: string): string {
  const bare = [...svg.matchAll(/\sid="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((id) => id && !id.includes(renderId));
  let out = svg;
  for (const id of new Set(bare)) {
    out = out.replace(
      new RegExp(`(\\sid="|#)${escapeRe(id)}(?![\\w-])`, 'g'),
      `$1${renderId}-${id}`,
    );
  }
  return out;
}

/** Keeps the valid declarations of a style attribute; undefined when none is left. */
export function cleanStyle(style: string): string | undefined {
  const decls = style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => /^[a-z-]+\s*:\s*\S/i.test(d) && !/:\s*(undefined|null|NaN)\s*$/i.test(d))
    .map((d) => {
      const [prop = '', ...rest] = d.split(':');
      return `${prop.trim()}: ${replaceLiterals(prop.trim(), rest.join(':').trim())}`;
    });
  return decls.length ? decls.join('; ') : undefined;
}

const kebab = (prop: string) => prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function fixElement(node: Element, seen: Set<string>): void {
  const props = node.properties;
  // Mermaid's mindmaps give a node's group and its shape the same id; references point at the
  // first, so later copies get a suffix.
  const id = props['id'];
  if (typeof id === 'string') {
    let unique = id;
    for (let n = 2; seen.has(unique); n += 1) unique = `${id}-${n}`;
    seen.add(unique);
    props['id'] = unique;
  }
  const extra: string[] = [];
  for (const prop of COLOUR_PROPS) {
    const value = props[prop];
    if (typeof value !== 'string') continue;
    const mapped = replaceLiterals(kebab(prop), value);
    // Older browsers ignore var() in SVG presentation attributes, so such values move to style.
    if (/var\(|color-mix\(/.test(mapped)) {
      extra.push(`${kebab(prop)}: ${mapped}`);
      delete props[prop];
    } else props[prop] = mapped;
  }
  const style = [typeof props['style'] === 'string' ? props['style'] : '', ...extra].join(';');
  const cleaned = cleanStyle(style);
  if (cleaned) props['style'] = cleaned;
  else delete props['style'];
  if (node.tagName === 'style') {
    for (const child of node.children)
      if (child.type === 'text') child.value = replaceLiteralsInCss(child.value);
  }
  for (const child of node.children) if (child.type === 'element') fixElement(child, seen);
}

function toClasses(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

function findSvg(root: Root): Element {
  const svg = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg');
  if (!svg) throw new Error('Mermaid returned no <svg> element.');
  return svg;
}

/** Post-processes one SVG from mermaid. See the module comment for what changes. */
export function processSvg(raw: string, options: ProcessOptions): ProcessedSvg {
  const { renderId, id } = options;
  const scoped = scopeIds(raw, renderId).replace(
    new RegExp(`${escapeRe(renderId)}(?!\\d)`, 'g'),
    id,
  );
  const svg = findSvg(fromHtml(applyThemeTokens(scoped), { fragment: true }));
  const viewBox = String(svg.properties['viewBox'] ?? '')
    .split(/[\s,]+/)
    .map(Number);
  const width = Math.ceil(viewBox[2] ?? 0);
  const height = Math.ceil(viewBox[3] ?? 0);
  svg.children = svg.children.filter(
    (c) => !(c.type === 'element' && (c.tagName === 'title' || c.tagName === 'desc')),
  );
  fixElement(svg, new Set());
  const text = (tagName: string, suffix: string, value: string): ElementContent => ({
    type: 'element',
    tagName,
    properties: { id: `${id}-${suffix}` },
    children: [{ type: 'text', value }],
  });
  svg.children.unshift(
    text('title', 'title', options.title),
    text('desc', 'desc', options.description),
  );
  // Shrinking below 65 % would make 16 px labels smaller than about 10 px: scroll instead.
  const minWidth = Math.min(width, Math.max(NARROWEST_CONTENT, Math.round(width * 0.65)));
  delete svg.properties['style'];
  svg.properties = {
    ...svg.properties,
    id,
    width,
    height,
    role: 'img',
    ariaLabelledBy: [`${id}-title`],
    ariaDescribedBy: [`${id}-desc`],
    className: [...toClasses(svg.properties['className']), 'diagram__svg'],
  };
  // The legible minimum width goes into the SVG's own style sheet, not a style attribute, which
  // html-validate forbids on HTML elements; the unique id keeps it to this diagram.
  const sheet = svg.children.find(
    (c): c is Element => c.type === 'element' && c.tagName === 'style',
  );
  const rule = `#${id}{min-width:${minWidth}px}`;
  if (sheet) sheet.children.push({ type: 'text', value: rule });
  else
    svg.children.push({
      type: 'element',
      tagName: 'style',
      properties: {},
      children: [{ type: 'text', value: rule }],
    });
  delete svg.properties['ariaRoleDescription'];
  return { svg, width, height };
}
