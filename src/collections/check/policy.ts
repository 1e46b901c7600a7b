/**
 * The MDX content policy. MDX is a programming language: an `import`, an `export` or a `{…}`
 * expression in a content file runs at build time with the builder's rights. The content check
 * hands this policy the tree it parsed with the real MDX parser (the one @astrojs/mdx uses),
 * without compiling or running anything, and it lists everything content must not contain. The
 * build's guard (mdx-guard.ts) applies the same policy to every `.mdx` module it loads.
 */
import type { Root, RootContent } from 'mdast';
import { MDX_COMPONENT_NAMES } from '../components.ts';
import type { Problem } from '../problems.ts';
import { splitFrontmatter } from '../yaml-source.ts';
import {
  ALLOWED_HTML_ELEMENTS,
  FORBIDDEN_ELEMENTS,
  URL_ATTRIBUTES,
  dangerousUrlScheme,
  refusedAttributeReason,
} from '../../security/mdx-rules.ts';
import { parseBody, syntaxProblem } from './parse.ts';

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

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
    if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) {
      report(
        `${tag} is not one of the site's components. Use one of ${MDX_COMPONENT_NAMES.join(', ')} ` +
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

/** Every problem the policy finds in a parsed MDX body, in document order. */
export function policyProblems(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const node of tree.children) {
    checkNode(node, (line, message) => problems.push({ file, line, message }));
  }
  return problems;
}

/**
 * Checks one MDX file's text (frontmatter included) against the policy, for the build's guard.
 * @param file The path to name in messages (relative to the repository root).
 */
export function checkMdx(source: string, file: string): Problem[] {
  let tree: Root;
  try {
    tree = parseBody(splitFrontmatter(source).body, true);
  } catch (error) {
    return [syntaxProblem(file, error)];
  }
  return policyProblems(tree, file);
}
