/**
 * Checks on the prose of pages and updates: every citation names a known source and every status
 * badge a known status word. The body is parsed as the build parses it (remark, GFM, and MDX for
 * .mdx files), so code spans and code blocks are skipped exactly as the build skips them.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  findBadges,
  findCitations,
  isStatusWord,
  lineAt,
  malformedCitationMessage,
  unknownBadgeMessage,
  unknownSourceMessage,
} from '../../markdown/citations.ts';
import type { Problem } from '../problems.ts';

/** Parse Markdown or MDX to mdast; throws the parser's message on an MDX syntax error. */
export function parseBody(body: string, mdx: boolean): Root {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (mdx) processor.use(remarkMdx);
  return processor.parse(body);
}

/** The text of every text node (and of `[@x]`/`[!x]` parsed as reference links), with its line. */
export function markerTexts(tree: Root): { text: string; line: number }[] {
  const texts: { text: string; line: number }[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'text') texts.push({ text: node.value, line });
    // With a matching `[@x]: url` definition, Markdown reads `[@x]` as a link reference.
    if (node.type === 'linkReference' && /^[@!]/.test(node.label ?? '')) {
      texts.push({ text: `[${node.label}]`, line });
    }
  });
  return texts;
}

/**
 * Problems in one body, and its parsed tree for the checks that follow (undefined when it does
 * not parse). `body` is the whole file with its frontmatter blanked, so lines are file lines.
 * `sources` holds the known source ids; `sourcesDir` is "content/sources/".
 */
export function checkBody(
  file: string,
  body: string,
  mdx: boolean,
  sources: ReadonlySet<string>,
  sourcesDir: string,
): { problems: Problem[]; tree?: Root } {
  let tree: Root;
  try {
    tree = parseBody(body, mdx);
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    const problem: Problem = {
      file,
      line: line ?? 1,
      ...(column ? { column } : {}),
      message:
        `MDX syntax error: ${reason ?? String(error)}. In .mdx files "<" and "{" start ` +
        'components and expressions: write \\< and \\{ for the characters themselves.',
    };
    return { problems: [problem] };
  }
  const problems: Problem[] = [];
  for (const { text, line: first } of markerTexts(tree)) {
    for (const citation of findCitations(text)) {
      const line = lineAt(text, citation.start, first);
      if ('error' in citation.value) {
        problems.push({
          file,
          line,
          message: malformedCitationMessage(citation.raw, citation.value.error),
        });
        continue;
      }
      for (const { id } of citation.value.items) {
        if (!sources.has(id)) {
          problems.push({
            file,
            line,
            message: unknownSourceMessage(id, citation.raw, sources, sourcesDir),
          });
        }
      }
    }
    for (const badge of findBadges(text)) {
      if (!isStatusWord(badge.value)) {
        const line = lineAt(text, badge.start, first);
        problems.push({ file, line, message: unknownBadgeMessage(badge.value, badge.raw) });
      }
    }
  }
  return { problems, tree };
}
