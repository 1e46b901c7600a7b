/**
 * Sanitising raw HTML in `.md` files (updates and any other Markdown content).
 *
 * Astro's unified Markdown pipeline keeps raw HTML as `raw` nodes until the very end, where
 * rehype-raw parses it AFTER every user rehype plugin; hast-util-sanitize would simply drop `raw`
 * nodes (losing harmless HTML such as <details>). So this plugin parses the raw HTML first
 * (rehype-raw) and then sanitises the whole tree with {@link sanitizeSchema}.
 *
 * Wire it FIRST in `markdown.processor: unified({ rehypePlugins: [...] })`: it must see raw HTML
 * before the diagram plugin turns ```mermaid blocks into inline SVG (SVG is not allowed here) and
 * before any plugin adds markup the schema does not know. MDX inherits the Markdown plugins, but
 * an MDX tree holds JSX nodes that sanitising would delete; MDX is guarded by the content policy
 * (`mdx-policy.ts`) instead, so this plugin leaves MDX trees alone.
 */
import type { Element as HastElement, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import type { VFile } from 'vfile';

/**
 * The default per-element attribute lists, minus their `className` restrictions (GitHub only
 * allows its own classes there). Our classes are allowed on every element through `'*'`; a
 * restricted per-element entry would otherwise win and drop them, e.g. `<ol class="references">`.
 */
const defaults = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [
    tag,
    list.filter((definition) => !(Array.isArray(definition) && definition[0] === 'className')),
  ]),
);

/** Elements removed together with their content (the default unwraps unknown elements). */
const STRIPPED = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'textarea',
  'title',
  'svg',
  'math',
];

/**
 * The schema: GitHub's rules (hast-util-sanitize's default), plus what our pipeline needs.
 * - Ids stay as written (`clobberPrefix: ''`): heading ids, citation anchors (`cite-…`,
 *   `ref-…`) and GFM footnotes are linked to by `#fragment`, and the default `user-content-`
 *   prefix would break those links. `name` is dropped everywhere instead, since
 *   `<img name="…">` is what clobbers `document` properties.
 * - `class` is allowed on every element: citation markers (`cite`), status badges (`status`,
 *   `status-*`) and `<code class="language-mermaid">` for the diagram plugin. Classes cannot run code.
 * - A few semantic elements used in explainers: abbr, cite, dfn, figure, figcaption, mark, small,
 *   time, aside.
 * Not allowed: script and friends (stripped with their content), `on*`, `style`, `srcdoc`,
 * `javascript:`/`vbscript:`/`data:` URLs (only http, https, mailto and relative URLs pass).
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  strip: STRIPPED,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
    'abbr',
    'aside',
    'cite',
    'dfn',
    'figcaption',
    'figure',
    'mark',
    'small',
    'time',
  ],
  attributes: {
    ...defaults,
    '*': [
      ...(defaults['*'] ?? []).filter((name) => name !== 'name'),
      'className',
      'ariaDescribedBy',
      'ariaHidden',
      'ariaLabel',
      'ariaLabelledBy',
      'role',
      'data*',
    ],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

interface AnyNode {
  type: string;
  children?: AnyNode[];
}

/** Whether any node in the tree is an MDX node (`mdxJsxFlowElement`, `mdxjsEsm`, …). */
function hasMdxNode(node: AnyNode): boolean {
  return node.type.startsWith('mdx') || (node.children ?? []).some(hasMdxNode);
}

/** Whether a tree came from MDX: by file name, or by the MDX nodes only MDX trees hold. */
function isMdx(tree: Root, file: VFile | undefined): boolean {
  return Boolean(file?.path?.endsWith('.mdx')) || hasMdxNode(tree);
}

/**
 * Rehype plugin: parse raw HTML, then sanitise with {@link sanitizeSchema}. Leaves MDX alone.
 * @param schema Override for tests; the site uses {@link sanitizeSchema}.
 */
export function rehypeSanitizeMarkdown(schema: Schema = sanitizeSchema) {
  const parseRaw = rehypeRaw();
  const sanitize = rehypeSanitize(schema);
  return (tree: Root, file: VFile): Root => {
    if (isMdx(tree, file)) return tree;
    return sanitize(parseRaw(tree, file));
  };
}

/** What a raw HTML fragment holds: each element, and each attribute as `element[attribute]`. */
function inventory(tree: Root | HastElement): string[] {
  const found: string[] = [];
  const walk = (node: Root | HastElement) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      found.push(`<${child.tagName}>`);
      for (const [name, value] of Object.entries(child.properties)) {
        if (value !== undefined && value !== null && value !== false) {
          found.push(`the ${attributeName(name)} attribute on <${child.tagName}>`);
        }
      }
      walk(child);
    }
  };
  walk(tree);
  return found;
}

/** `className` → `class`, `onClick` → `onclick`, `dataX` → `data-x`, as written in HTML. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^data[A-Z]/.test(property)) {
    return `data-${property
      .slice(4)
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      .replace(/^-/, '')}`;
  }
  return property.toLowerCase();
}

/**
 * What the build's sanitiser removes from a piece of raw HTML in a `.md` file: the elements and
 * attributes that {@link sanitizeSchema} does not allow (a `javascript:` link loses its href).
 * Empty when it passes as written. Used by the content check to warn before the build strips.
 */
export function strippedFromRawHtml(html: string, schema: Schema = sanitizeSchema): string[] {
  const tree = fromHtml(html, { fragment: true });
  const before = inventory(tree);
  const after = inventory(rehypeSanitize(schema)(structuredClone(tree)) as Root);
  const removed: string[] = [];
  for (const item of before) {
    const index = after.indexOf(item);
    if (index === -1) removed.push(item);
    else after.splice(index, 1);
  }
  // An attribute of an element that goes anyway is not worth naming.
  const gone = removed.filter((item) => item.startsWith('<'));
  return [...new Set(removed)].filter(
    (item) => item.startsWith('<') || !gone.some((element) => item.endsWith(` on ${element}`)),
  );
}
