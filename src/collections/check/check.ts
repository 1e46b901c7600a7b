/**
 * The content check's pure core: given what the reader read from a content folder, every
 * problem with it. The reader has parsed and validated each file; here each body is parsed once
 * and checked (citations, badges, MDX policy, diagrams, raw HTML), then the entries are checked
 * against each other (references, links and anchors).
 */
import { readContent, type ContentFile, type ContentSet } from '../reader.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { checkBody, type DiagramFence } from './body.ts';
import { checkLinks, contentRoutes, type PageBody } from './links.ts';
import { readTranslations, type ParseBody } from '../../i18n/translations.ts';
import type { Root } from 'mdast';
import { checkReferences } from './refs.ts';
import { pageUrl } from '../../shared/urls.ts';

/** What the check found: the problems, and the diagrams whose syntax is checked after. */
export interface CheckResult {
  problems: Problem[];
  diagrams: DiagramFence[];
}

/** Check what the reader found. */
export function checkContentSet(content: ContentSet): CheckResult {
  const problems = [...content.problems];
  const diagrams: DiagramFence[] = [];
  const bodies: (PageBody & { collection: string })[] = [];
  const sources = content.ids('sources');
  // Every body is parsed once, here: its tree serves this check and the translations' parity.
  const trees = new Map<string, Root | undefined>();
  const parse: ParseBody = (file, text, mdx) => {
    if (trees.has(file)) return trees.get(file);
    const body = checkBody(file, text, mdx, sources, `${content.dir}/sources/`);
    problems.push(...body.problems);
    diagrams.push(...body.diagrams);
    trees.set(file, body.tree);
    return body.tree;
  };
  for (const entry of content.entries) {
    if (entry.body === undefined) continue;
    const tree = parse(entry.file, entry.body, entry.mdx);
    if (tree) bodies.push({ collection: entry.collection, id: entry.id, file: entry.file, tree });
  }
  // Translated bodies get the same checks as English ones (MDX runs code whatever its
  // language); the languages feature then checks each translation against its English.
  problems.push(...readTranslations(content, parse).problems);
  problems.push(...checkReferences(content));
  const ids = (collection: Parameters<ContentSet['ids']>[0]) => [...content.ids(collection)];
  const routes = contentRoutes(
    bodies.filter((b) => b.collection === 'pages'),
    ids,
  );
  for (const body of bodies) {
    const self = pageUrl(body.collection === 'pages' ? body.id : 'updates');
    problems.push(...checkLinks(body.file, body.tree, self, routes));
  }
  return { problems: sortProblems(problems), diagrams };
}

/**
 * Check every file. Paths are relative to the project root and start with `contentDir`
 * ("content" for the site, another folder for fixtures). Returns problems sorted by file and line.
 */
export function checkContent(files: readonly ContentFile[], contentDir = 'content'): Problem[] {
  return checkContentSet(readContent(files, contentDir)).problems;
}
