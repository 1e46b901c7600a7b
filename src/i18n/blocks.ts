/**
 * A Markdown or MDX body as the blocks a translator translates one for one: headings,
 * paragraphs (including each list item's and each quotation's), table rows, code blocks such as
 * diagrams, and components. Each block keeps its line, its kind and what parity compares:
 * citations, status badges, link targets and numbers.
 */
import type { Root, RootContent } from 'mdast';
import { parseBody } from '../collections/check/parse.ts';

/** One translatable block of a body. */
export interface Block {
  /** "heading 2", "paragraph", "list item", "table row", "code mermaid", "component EventList". */
  kind: string;
  /** The 1-based line in the file (the body's line plus `lineOffset`). */
  line: number;
  /** The block's source text, as written. */
  source: string;
  /** `[@…]` citations, normalised: "newscapital-2025-11-25, citing NBC News". */
  citations: string[];
  /** `[!…]` status badges: "reported". */
  badges: string[];
  /** Link targets: Markdown links and `href` attributes. */
  links: string[];
  /** Numbers in the text, without separators: "600,000" and "600 000" are both "600000". */
  numbers: string[];
}

const CITATION = /\[@([^\]]+)\]/g;
const BADGE = /\[!([a-z-]+)\]/g;
/** A number with optional groups of three digits (",", ".", spaces) and an optional decimal part. */
const NUMBER = /\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g;

/** The numbers of a text, normalised so that both languages' ways of writing them compare equal. */
export function numbersOf(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((m) => {
    const grouped = m[0].replace(/(\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
    return grouped.replace(',', '.');
  });
}

/** The text a reader reads in a node: its own words, not component attributes or URLs. */
function readText(node: RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'code') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(readText).join('');
  return '';
}

function linksOf(node: RootContent, found: string[] = []): string[] {
  if (node.type === 'link') found.push(node.url);
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href') {
        if (typeof attribute.value === 'string') found.push(attribute.value);
      }
    }
  }
  if ('children' in node) for (const child of node.children as RootContent[]) linksOf(child, found);
  return found;
}

function toBlock(node: RootContent, kind: string, body: string, lineOffset: number): Block {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const source = body.slice(start, end);
  // Markers are read from the source, since they are plain text to the Markdown parser.
  const prose = node.type === 'code' ? node.value : readText(node);
  return {
    kind,
    line: (node.position?.start.line ?? 1) + lineOffset,
    source,
    citations: [...source.matchAll(CITATION)].map((m) => m[1]!.replace(/\s+/g, ' ').trim()),
    badges: [...source.matchAll(BADGE)].map((m) => m[1]!),
    links: linksOf(node),
    numbers: numbersOf(prose.replace(CITATION, '').replace(BADGE, '')),
  };
}

/** How to read a body's blocks. */
export interface BlockOptions {
  /** The body's parse, when the caller has one (the content check parses each body once). */
  tree?: Root | undefined;
  /** Whether the body is MDX, for parsing it when there is no tree. Default: true. */
  mdx?: boolean;
  /**
   * The number of lines before the body in its file (the frontmatter), so that lines point into
   * the file a contributor edits. Default: 0, for bodies whose frontmatter is blanked.
   */
  lineOffset?: number;
}

/** The blocks of a body, in order. Throws the parser's error on an MDX syntax error. */
export function bodyBlocks(body: string, options: BlockOptions = {}): Block[] {
  const { mdx = true, lineOffset = 0 } = options;
  const tree = options.tree ?? parseBody(body, mdx);
  const blocks: Block[] = [];
  const walk = (nodes: RootContent[], inList: boolean): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          blocks.push(toBlock(node, `heading ${node.depth}`, body, lineOffset));
          break;
        case 'paragraph':
          blocks.push(toBlock(node, inList ? 'list item' : 'paragraph', body, lineOffset));
          break;
        case 'code':
          blocks.push(toBlock(node, `code ${node.lang ?? ''}`.trim(), body, lineOffset));
          break;
        case 'tableRow':
          blocks.push(toBlock(node, 'table row', body, lineOffset));
          break;
        case 'mdxJsxFlowElement':
          if (node.children.length === 0) {
            blocks.push(toBlock(node, `component ${node.name ?? ''}`, body, lineOffset));
          } else walk(node.children, inList);
          break;
        case 'list':
        case 'listItem':
          walk(node.children, true);
          break;
        case 'blockquote':
        case 'table':
          walk(node.children as RootContent[], inList);
          break;
        default:
          break;
      }
    }
  };
  walk(tree.children, false);
  return blocks;
}
