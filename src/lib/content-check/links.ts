/**
 * Internal links in the prose of pages and updates: every link to the site's own pages goes to a
 * page that the build makes, and every #anchor to a section that page has. Checked here, before
 * the build, so the message names the Markdown file and line; the built-site check then catches
 * what only the build knows (anchors written by components that this check cannot see).
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { STATUS_WORDS } from '../schemas.ts';
import { didYouMean } from './suggest.ts';
import type { CollectionName } from './collections.ts';
import type { Problem } from './types.ts';

/** A page body, parsed, with the file it came from. */
export interface PageBody {
  id: string;
  file: string;
  tree: Root;
}

/** Addresses the build makes besides the pages: each with its anchors, or null when not known here. */
const FIXED_ROUTES: Record<string, readonly string[] | null> = {
  '/positions/': null,
  '/print/': null,
  '/search/': [],
  '/updates.xml': [],
  ...Object.fromEntries(
    ['provisions', 'events', 'actors'].flatMap((kind) => [
      [`/data/${kind}.csv`, []],
      [`/data/${kind}.json`, []],
    ]),
  ),
};

/** The ids each generated list adds to the page that uses it, from the collections' ids. */
function componentAnchors(name: string, ids: Map<CollectionName, Set<string>>): string[] | null {
  const of = (c: CollectionName) => [...(ids.get(c) ?? [])];
  switch (name) {
    case 'GlossaryList':
      return of('glossary');
    case 'EventList':
      return of('events');
    case 'SourceList':
      return of('sources').map((id) => `source-${id}`);
    case 'StatusLegend':
      return STATUS_WORDS.map((w) => `status-${w}`);
    case 'ProvisionTracker':
      return of('provisions');
    case 'FightingMap':
      return ['map-fighting'];
    case 'TalksMap':
      return ['map-talks'];
    case 'ActorsBySide':
    case 'UpdatesList':
    case 'DataDownloads':
    case 'TimelineDiagram':
    case 'ActorMapDiagram':
    case 'PlanPathDiagram':
      return [];
    default:
      return null;
  }
}

/** The anchors of one page: its headings (slugged as the build slugs them) and its lists' ids. */
function pageAnchors(body: PageBody, ids: Map<CollectionName, Set<string>>): Set<string> | null {
  const slugger = new GithubSlugger();
  const anchors = new Set(['main', 'in-brief', 'references']);
  let known = true;
  visit(body.tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const added = componentAnchors(node.name ?? '', ids);
      if (added === null) known = false;
      else for (const id of added) anchors.add(id);
    }
  });
  return known ? anchors : null;
}

/** Every address of the site that a link may go to, with its anchors (null: checked after the build). */
export function siteRoutes(
  pages: readonly PageBody[],
  ids: Map<CollectionName, Set<string>>,
): Map<string, Set<string> | null> {
  const routes = new Map<string, Set<string> | null>();
  for (const page of pages) {
    routes.set(page.id === 'index' ? '/' : `/${page.id}/`, pageAnchors(page, ids));
  }
  for (const id of ids.get('actors') ?? []) routes.set(`/actors/${id}/`, null);
  routes.set('/provisions/', new Set([...(ids.get('provisions') ?? []), 'main']));
  for (const [path, anchors] of Object.entries(FIXED_ROUTES)) {
    routes.set(path, anchors === null ? null : new Set(anchors));
  }
  return routes;
}

/** Problems with the internal links of one body. */
export function checkLinks(
  file: string,
  tree: Root,
  selfPath: string,
  routes: Map<string, Set<string> | null>,
): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'link', (node) => {
    const url = node.url;
    if (!url.startsWith('/') && !url.startsWith('#')) return;
    if (url.startsWith('//')) return;
    const line = node.position?.start.line ?? 1;
    const [rawPath = '', anchor] = url.split('#', 2);
    const path = rawPath === '' ? selfPath : (rawPath.split('?')[0] ?? rawPath);
    const report = (message: string) => problems.push({ file, line, message });
    if (!routes.has(path)) {
      if (routes.has(`${path}/`)) {
        report(`the link "${url}" needs a slash at the end of its path: "${path}/".`);
      } else {
        report(
          `the link "${url}" goes to no page of the site${didYouMean(path, routes.keys())}. ` +
            'Pages are linked as /the-plan/, actors as /actors/steve-witkoff/.',
        );
      }
      return;
    }
    const anchors = routes.get(path);
    if (anchor && anchors && !anchors.has(anchor)) {
      report(
        `the link "${url}" goes to a section that ${path} does not have: "#${anchor}"` +
          `${didYouMean(
            `#${anchor}`,
            [...anchors].map((a) => `#${a}`),
          )}. An anchor is a heading's text in lower case with ` +
          'hyphens for spaces, or the id of a glossary term, event or source.',
      );
    }
  });
  return problems;
}
