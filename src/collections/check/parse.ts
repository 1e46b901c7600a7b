/**
 * The one Markdown parse of the content check: remark with GFM, and MDX for `.mdx` files, as the
 * build parses them, so code spans and code blocks are skipped exactly as the build skips them.
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '../problems.ts';

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Parse Markdown or MDX to mdast; throws the parser's error on an MDX syntax error. */
export function parseBody(body: string, mdx: boolean): Root {
  return (mdx ? mdxParser : markdown).parse(body);
}

/** The problem for an MDX syntax error thrown by {@link parseBody}. */
export function syntaxProblem(file: string, error: unknown): Problem {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  return {
    file,
    line: line ?? 1,
    ...(column ? { column } : {}),
    message:
      `MDX syntax error: ${reason ?? String(error)}. In .mdx files "<" and "{" start ` +
      'components and expressions: write \\< and \\{ for the characters themselves.',
  };
}
