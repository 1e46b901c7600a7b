/**
 * remark plugin: links the first use of each glossary term (or one of its aliases) on a page to
 * its entry, `/glossary/#<id>`, generated from content/glossary/. Headings, links, code, raw HTML,
 * JSX attributes and citation or status markers are left alone.
 *
 * Every glossary link (new or written by hand) gets `class="term"`, `data-term` and
 * `data-definition`: the term previews (src/reader/client/previews.ts) read the short definition from
 * there, so a page needs no request to show it. A hand-written link counts as the term's first use.
 */
import { join, resolve } from 'node:path';
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readCollection } from '../collections/reader.ts';
import {
  buildTermMatcher,
  findFirstUses,
  glossaryTarget,
  type GlossaryTerm,
} from './glossary-links.ts';

/** Options of {@link remarkGlossaryLinks}. */
export interface GlossaryLinksOptions {
  /** The terms; default: read from `glossaryDir`. */
  terms?: readonly GlossaryTerm[];
  /** The content folder whose glossary/ is read. Default: `content` under the working directory. */
  contentDir?: string;
  /** Files whose path matches are left alone. Default: the glossary page itself. */
  skip?: RegExp;
}

// Nodes whose text is not prose to link: a heading, code, an existing link, raw HTML, MDX.
const SKIPPED = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'inlineCode',
  'code',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'footnoteDefinition',
]);

/**
 * The glossary terms of a content folder, through the one content reader: a broken file is left
 * out here and reported, with its file and line, by the content check that runs before the build.
 */
export function readGlossary(contentDir: string): GlossaryTerm[] {
  return [...readCollection(contentDir, 'glossary')].map(([id, data]) => ({
    id,
    term: data.term,
    aliases: data.aliases,
    definition: data.definition.trim(),
  }));
}

// Nodes other plugins made into markup (a citation marker is a text node rendered as <sup>) and
// the list of references, whose outlet names and titles are not prose.
function isMarkup(node: { data?: unknown }): boolean {
  const data = node.data as { hName?: string; hProperties?: { className?: unknown } } | undefined;
  const className = data?.hProperties?.className;
  return (
    data?.hName !== undefined || (Array.isArray(className) && className.includes('references'))
  );
}

function termProperties(term: GlossaryTerm): Record<string, string | string[]> {
  return { className: ['term'], dataTerm: term.id, dataDefinition: term.definition };
}

/** Link the first use of each glossary term on a page. */
export default function remarkGlossaryLinks(options: GlossaryLinksOptions = {}) {
  const terms =
    options.terms ?? readGlossary(resolve(options.contentDir ?? join(process.cwd(), 'content')));
  const byId = new Map(terms.map((t) => [t.id, t]));
  const matcher = buildTermMatcher(terms);
  const skip = options.skip ?? /[\\/]glossary\.mdx?$/;

  return (tree: Root, file: VFile) => {
    if (!matcher || skip.test(file.path ?? '')) return;
    const linked = new Set<string>();
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === 'link') {
        // A hand-written glossary link: annotate it for previews and count it as the first use.
        const id = glossaryTarget((node as Link).url);
        const term = id ? byId.get(id) : undefined;
        if (term) {
          linked.add(term.id);
          node.data = {
            ...node.data,
            hProperties: { ...node.data?.hProperties, ...termProperties(term) },
          };
        }
        return SKIP;
      }
      if (SKIPPED.has(node.type) || isMarkup(node)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = (node as Text).value;
      const matches = findFirstUses(text, matcher, linked);
      if (matches.length === 0) return;
      const pieces: PhrasingContent[] = [];
      let at = 0;
      for (const m of matches) {
        if (m.start > at) pieces.push({ type: 'text', value: text.slice(at, m.start) });
        const term = byId.get(m.id) as GlossaryTerm;
        pieces.push({
          type: 'link',
          url: `/glossary/#${m.id}`,
          children: [{ type: 'text', value: m.text }],
          data: { hProperties: termProperties(term) },
        });
        at = m.end;
      }
      if (at < text.length) pieces.push({ type: 'text', value: text.slice(at) });
      parent.children.splice(index, 1, ...(pieces as typeof parent.children));
      return [SKIP, index + pieces.length];
    });
  };
}
