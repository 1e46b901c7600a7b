/**
 * rehype plugin: every ```mermaid fence in `.md` and `.mdx` becomes a `<figure class="diagram">`
 * with inline SVG, a caption and a text version (see src/diagrams/figure.ts).
 *
 * Reads the diagram from the code element's raw text, so SmartyPants (which only touches prose)
 * never turns `-->` into `—>`. Refuses a diagram without `accTitle` and `accDescr`, and fails on
 * a diagram mermaid cannot draw, naming the file and the line of the fence.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, relative } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type {} from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { buildFigure } from './figure.ts';
import {
  accessibilityHelp,
  diagramType,
  extractAccessibility,
  findFenceLine,
  sourceLineOf,
} from './source.ts';
import { textVersion } from './text.ts';
import { processSvg } from './svg.ts';
import { CACHE_RENDER_ID } from './cache.ts';
import { clearFailure, recordFailure } from './failures.ts';
import { renderDiagram } from './renderer.ts';
import { languageOfFile } from '../i18n/locales.ts';

interface Found {
  pre: Element;
  parent: Root | Element;
  source: string;
  line: number;
}

const classes = (node: Element): string[] => {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
}

/** A mermaid block: `<pre><code class="language-mermaid">`, or Shiki's `<pre data-language="mermaid">` if Shiki got there first. */
function mermaidSource(pre: Element): string | undefined {
  if (pre.tagName !== 'pre') return undefined;
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  if (code && classes(code).includes('language-mermaid')) return textOf(code);
  if (pre.properties['dataLanguage'] === 'mermaid') return textOf(pre);
  return undefined;
}

function collect(parent: Root | Element, found: Found[]): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    const source = mermaidSource(child);
    if (source === undefined) collect(child, found);
    else
      found.push({
        pre: child,
        parent,
        source: source.replace(/\n$/, ''),
        line: child.position?.start.line ?? 0,
      });
  }
}

/** The file's path relative to the project, for messages and ids. */
function displayPath(file: VFile): string {
  return file.path ? relative(process.cwd(), file.path) : '<unknown file>';
}

/** A per-file id prefix such as `dg-pages-the-plan`, so two diagrams on one page never share an id. */
export function idPrefix(path: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const base = slug(basename(path, extname(path)));
  const dir = slug(basename(dirname(path)));
  return `dg-${dir && dir !== '-' ? `${dir}-` : ''}${base || 'page'}`;
}

function fenceLines(file: VFile, found: Found[]): number[] {
  let text: string | undefined;
  try {
    text = file.path ? readFileSync(file.path, 'utf8') : undefined;
  } catch {
    text = undefined;
  }
  const seen = new Map<string, number>();
  return found.map(({ source, line }) => {
    const nth = seen.get(source) ?? 0;
    seen.set(source, nth + 1);
    return (text && findFenceLine(text, source, nth)) || line;
  });
}

/** Mermaid's "Parse error on line 3" counts its own lines; say which line of the file that is. */
function withFileLine(message: string, source: string, fenceLine: number): string {
  const m = /on line (\d+)/.exec(message);
  if (!m) return message;
  const line = fenceLine + sourceLineOf(source, Number(m[1]));
  return `${message}\n(Mermaid's line ${m[1]} is line ${line} of the file.)`;
}

/**
 * The SVG as MDX should carry it: one string in Astro's `<Fragment set:html>`. As a hast tree,
 * MDX would compile each of its hundreds of elements into a call of its own, which every page
 * module then carries through the bundle and makes again each time the page renders. A `.md`
 * body is HTML already, so it keeps the tree.
 */
function svgForPage(svg: Element, file: VFile): ElementContent {
  if (extname(file.path) !== '.mdx') return svg;
  return {
    type: 'mdxJsxFlowElement',
    name: 'Fragment',
    attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: toHtml(svg) }],
    children: [],
  };
}

/** The rehype plugin. Add it after any sanitising plugin, which would otherwise strip the SVG. */
export default function rehypeMermaid() {
  return async (tree: Root, file: VFile): Promise<void> => {
    const found: Found[] = [];
    collect(tree, found);
    const path = displayPath(file);
    if (!found.length) return;
    const code = languageOfFile(file.path);
    const lines = fenceLines(file, found);
    const prefix = idPrefix(path);
    const errors: string[] = [];
    const figures = await Promise.all(
      found.map(async ({ source }, i) => {
        const where = `${path}:${lines[i]}`;
        const type = diagramType(source);
        const { title, description } = extractAccessibility(source);
        if (!title || !description) {
          const missing = [!title && 'accTitle', !description && 'accDescr']
            .filter(Boolean)
            .join(' and ');
          errors.push(
            `${where}: this mermaid diagram has no ${missing}.\n${accessibilityHelp(type)}`,
          );
          return undefined;
        }
        const id = `${prefix}-${i + 1}`;
        const base = { id, title, description, type, items: textVersion(source, code), code };
        try {
          const outcome = await renderDiagram(source);
          if (outcome.kind === 'client') return buildFigure({ ...base, source });
          const { svg, width } = processSvg(outcome.svg, {
            renderId: CACHE_RENDER_ID,
            id,
            title,
            description,
          });
          return buildFigure({ ...base, svg: svgForPage(svg, file), width });
        } catch (error) {
          const message = withFileLine((error as Error).message, source, lines[i] ?? 0);
          errors.push(`${where}: mermaid cannot draw this diagram:\n${message}`);
          return undefined;
        }
      }),
    );
    if (errors.length) {
      const message = `${errors.join('\n\n')}\n\nFix the diagram in ${path} and build again.`;
      recordFailure(path, message);
      const error = new Error(message);
      error.name = 'DiagramError';
      throw error;
    }
    clearFailure(path);
    found.forEach(({ pre, parent }, i) => {
      const index = parent.children.indexOf(pre as never);
      parent.children[index] = figures[i]!;
    });
  };
}
