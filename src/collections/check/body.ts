/**
 * Checks on the body of a page or update, on one parse of it: every citation names a known source
 * and every status badge a known status word; an MDX body follows the MDX policy; every diagram
 * has its accTitle and accDescr; raw HTML in a `.md` file that the build would strip is named.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { accessibilityHelpLine, diagramType, extractAccessibility } from '../../diagrams/source.ts';
import {
  findBadges,
  findCitations,
  isStatusWord,
  lineAt,
  malformedCitationMessage,
  unknownBadgeMessage,
  unknownSourceMessage,
} from '../../markdown/citations.ts';
import { strippedFromRawHtml } from '../../security/sanitize.ts';
import type { Problem } from '../problems.ts';
import { parseBody, syntaxProblem } from './parse.ts';
import { policyProblems } from './policy.ts';

/** A ```mermaid fence, for the syntax check that follows (which needs Mermaid's parser). */
export interface DiagramFence {
  file: string;
  /** The line of the opening fence. */
  line: number;
  source: string;
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

/** Problems with the citations and status badges of a parsed body. */
function markerProblems(
  file: string,
  tree: Root,
  sources: ReadonlySet<string>,
  sourcesDir: string,
): Problem[] {
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
  return problems;
}

/** The diagrams of a body, and a problem for each one without its accessible title or description. */
function diagramFences(file: string, tree: Root): { fences: DiagramFence[]; problems: Problem[] } {
  const fences: DiagramFence[] = [];
  const problems: Problem[] = [];
  visit(tree, 'code', (node) => {
    if (node.lang !== 'mermaid') return;
    const line = node.position?.start.line ?? 1;
    fences.push({ file, line, source: node.value });
    const { title, description } = extractAccessibility(node.value);
    if (title && description) return;
    const missing = [!title && 'accTitle', !description && 'accDescr']
      .filter(Boolean)
      .join(' and ');
    problems.push({
      file,
      line,
      message:
        `this mermaid diagram has no ${missing}, so the build refuses it. ` +
        accessibilityHelpLine(diagramType(node.value)),
    });
  });
  return { fences, problems };
}

/** A warning for each piece of raw HTML in a `.md` body that the build's sanitiser changes. */
function rawHtmlWarnings(file: string, tree: Root): Problem[] {
  const warnings: Problem[] = [];
  visit(tree, 'html', (node) => {
    if (/^\s*<!--/.test(node.value)) return; // a comment to editors: never shown, never a risk
    const removed = strippedFromRawHtml(node.value);
    if (removed.length === 0) return;
    warnings.push({
      file,
      line: node.position?.start.line ?? 1,
      severity: 'warning',
      message:
        `the build removes ${removed.join(', ')} from this raw HTML, so readers will not see ` +
        'it as written. Use Markdown (links, emphasis, lists, tables) instead, or only the ' +
        'elements and attributes the site allows.',
    });
  });
  return warnings;
}

/**
 * Every problem in one body, its parsed tree for the checks that follow (undefined when it does
 * not parse), and its diagrams. `body` is the whole file with its frontmatter blanked, so lines
 * are file lines. `sources` holds the known source ids; `sourcesDir` is "content/sources/".
 */
export function checkBody(
  file: string,
  body: string,
  mdx: boolean,
  sources: ReadonlySet<string>,
  sourcesDir: string,
): { problems: Problem[]; tree?: Root; diagrams: DiagramFence[] } {
  let tree: Root;
  try {
    tree = parseBody(body, mdx);
  } catch (error) {
    return { problems: [syntaxProblem(file, error)], diagrams: [] };
  }
  const diagrams = diagramFences(file, tree);
  const problems = [
    ...markerProblems(file, tree, sources, sourcesDir),
    ...(mdx ? policyProblems(tree, file) : rawHtmlWarnings(file, tree)),
    ...diagrams.problems,
  ];
  return { problems, tree, diagrams: diagrams.fences };
}
