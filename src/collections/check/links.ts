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
import { SOURCE_LOCALE, splitLocale } from '../../i18n/locales.ts';
import { didYouMean } from '../../shared/suggest.ts';
import { siteRoutes, type Route } from '../../site/routes.ts';
import { isMdxComponent, MDX_COMPONENTS_ANCHORS, type CollectionIds } from '../components.ts';
import type { Problem } from '../problems.ts';

const SOURCE_CODE = SOURCE_LOCALE.code;

/** A page body, parsed, with the file it came from. */
export interface PageBody {
  id: string;
  file: string;
  tree: Root;
}

/**
 * The anchors of one page body: its headings (slugged as the build slugs them), the reference
 * list, and the ids of the components it uses; null when it uses a component this check does not
 * know (the policy reports that component).
 */
export function bodyAnchors(tree: Root, ids: CollectionIds): string[] | null {
  const slugger = new GithubSlugger();
  const anchors = ['references'];
  let known = true;
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.push(slugger.slug(toString(node)));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (isMdxComponent(name)) anchors.push(...MDX_COMPONENTS_ANCHORS[name](ids));
      else if (/^[A-Z]/.test(name)) known = false;
    }
  });
  return known ? anchors : null;
}

/** The route table for content whose pages have these bodies. */
export function contentRoutes(pages: readonly PageBody[], ids: CollectionIds): Map<string, Route> {
  const anchors = new Map(pages.map((page) => [page.id, bodyAnchors(page.tree, ids)]));
  return siteRoutes({ ids, pageAnchors: (id) => anchors.get(id) ?? null });
}

/** Problems with the internal links of one body. */
export function checkLinks(
  file: string,
  tree: Root,
  selfPath: string,
  routes: ReadonlyMap<string, Route>,
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
    const { code, rest } = splitLocale(path);
    if (code !== SOURCE_CODE) {
      report(
        `the link "${url}" names a language. Write the English path, "${rest}${anchor ? `#${anchor}` : ''}": ` +
          "the build points every link to the reader's language.",
      );
      return;
    }
    if (!routes.has(path)) {
      if (routes.has(`${path}/`)) {
        report(`the link "${url}" needs a slash at the end of its path: "${path}/".`);
      } else {
        report(
          `the link "${url}" goes to no page of the site${didYouMean(
            path,
            [...routes.keys()].filter((key) => splitLocale(key).code === SOURCE_CODE),
          )}. ` + 'Pages are linked as /the-plan/, actors as /actors/steve-witkoff/.',
        );
      }
      return;
    }
    const anchors = routes.get(path)?.anchors;
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
