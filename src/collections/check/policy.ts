/**
 * The MDX content policy. MDX is a programming language: an `import`, an `export` or a `{…}`
 * expression in a content file runs at build time with the builder's rights. This checker parses
 * a file with the real MDX parser (remark-parse + remark-mdx, the one @astrojs/mdx uses), without
 * compiling or running it, and lists everything content must not contain.
 *
 * Pure: no file system and no `astro:*` imports (the CLI and the integration read the files).
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  ALLOWED_COMPONENTS,
  ALLOWED_HTML_ELEMENTS,
  FORBIDDEN_ELEMENTS,
  URL_ATTRIBUTES,
  dangerousUrlScheme,
  refusedAttributeReason,
} from '../../security/mdx-rules.ts';

/** One thing in one file that the policy refuses. */
export interface PolicyProblem {
  /** The file, as given to {@link checkMdx} (a path relative to the repository root). */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** What is wrong and how to fix it, in a sentence or two. */
  message: string;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The mdast types, taken from the parser so that remark-mdx's node types are included. */
type Root = ReturnType<typeof parser.parse>;
type RootContent = Root['children'][number];
type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/**
 * Blanks the frontmatter the way @astrojs/mdx does ("empty-with-spaces"), so that the body is
 * parsed exactly as the build parses it and line numbers still match the file.
 */
function blankFrontmatter(source: string): string {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return source;
  for (const fence of ['---', '+++']) {
    const whole = `${fence}${raw}${fence}`;
    if (source.includes(whole)) {
      return source.replace(whole, () => `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
    }
  }
  return source;
}

/** Shortens a snippet of code for a message. */
function excerpt(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

/**
 * An expression that holds only comments (`{/* note *\/}`) compiles to nothing, and is the only
 * way to write a comment in MDX, so it is allowed. remark-mdx attaches the parsed program.
 */
function isCommentOnly(node: {
  data?: { estree?: { body: unknown[] } | null | undefined } | undefined;
}): boolean {
  return node.data?.estree?.body.length === 0;
}

type Report = (message: string) => void;

function checkElement(node: JsxElement, report: Report): void {
  const name = node.name;
  const tag = name === null ? '<>' : `<${name}>`;
  if (name === null) {
    report(
      'a JSX fragment <>…</> is not allowed in content. Remove the <> and </> around the text.',
    );
  } else if (FORBIDDEN_ELEMENTS.includes(name.toLowerCase())) {
    report(
      `${tag} is not allowed in content. Remove it: content is text, Markdown and the site's ` +
        'components; the site adds its own scripts and styles.',
    );
  } else if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!ALLOWED_COMPONENTS.includes(name)) {
      report(
        `${tag} is not one of the site's components. Use one of ${ALLOWED_COMPONENTS.join(', ')} ` +
          '(they need no import), or plain Markdown.',
      );
    }
  } else if (!ALLOWED_HTML_ELEMENTS.includes(name)) {
    report(
      `${tag} is not allowed in content. Use Markdown (links, images, tables, headings) or one ` +
        `of these HTML elements: ${ALLOWED_HTML_ELEMENTS.join(', ')}.`,
    );
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(
        `the spread attribute {${excerpt(attribute.value)}} on ${tag} is not allowed: it runs ` +
          'JavaScript. Write each attribute as name="text".',
      );
      continue;
    }
    const reason = refusedAttributeReason(attribute.name);
    if (reason) {
      report(`the attribute ${attribute.name} on ${tag} is not allowed: ${reason}. Remove it.`);
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value === 'object') {
      report(
        `the attribute expression ${attribute.name}={${excerpt(value.value)}} on ${tag} is not ` +
          `allowed: it runs JavaScript. Write a plain text value, like ${attribute.name}="…".`,
      );
    } else if (typeof value === 'string') {
      const scheme = dangerousUrlScheme(value);
      const isUrl = URL_ATTRIBUTES.includes(attribute.name.toLowerCase());
      if (scheme && (isUrl || scheme !== 'data:')) {
        report(
          `a ${scheme} URL in ${attribute.name} on ${tag} is not allowed ("${excerpt(value)}"). ` +
            'Use an https:// address or a path on this site.',
        );
      }
    }
  }
}

function checkNode(node: RootContent, reportAt: (line: number, message: string) => void): void {
  const report: Report = (message) => reportAt(node.position?.start.line ?? 1, message);
  switch (node.type) {
    case 'mdxjsEsm':
      report(
        `import/export is not allowed in content ("${excerpt(node.value)}"): it runs code at ` +
          "build time. The site's components, like <EventList />, work without an import; " +
          'delete this line.',
      );
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isCommentOnly(node)) {
        report(
          `the JavaScript expression {${excerpt(node.value)}} is not allowed in content. Write ` +
            'plain text; for a literal brace, escape it as \\{.',
        );
      }
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, report);
      break;
    case 'link':
    case 'image':
    case 'definition': {
      const scheme = dangerousUrlScheme(node.url);
      if (scheme) {
        const what = node.type === 'image' ? 'an image' : 'a link';
        report(
          `a ${scheme} URL in ${what} is not allowed ("${excerpt(node.url)}"). Link to an ` +
            'https:// address or a path on this site.',
        );
      }
      break;
    }
    default:
      break;
  }
  if ('children' in node) {
    for (const child of node.children) checkNode(child as RootContent, reportAt);
  }
}

/**
 * Checks one MDX file against the content policy.
 * @param source The file's text, frontmatter included.
 * @param file The path to name in messages (relative to the repository root).
 * @returns Every problem found, in document order; empty when the file is fine.
 */
export function checkMdx(source: string, file: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  let tree: Root;
  try {
    tree = parser.parse(blankFrontmatter(source));
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    problems.push({
      file,
      line: place.line ?? 1,
      message:
        `this file is not valid MDX (${place.reason ?? place.message}). A bare < or { starts ` +
        'JSX or an expression in MDX: escape it as \\< or \\{.',
    });
    return problems;
  }
  for (const node of tree.children) {
    checkNode(node, (line, message) => problems.push({ file, line, message }));
  }
  return problems;
}

/** Formats problems as `file:line: message` lines, the form editors and CI logs link to. */
export function formatProblems(problems: readonly PolicyProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}
