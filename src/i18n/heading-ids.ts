/**
 * A translated page's headings keep the anchors of its English: `/uk/reactions/#european-allies`
 * is the same section as `/reactions/#european-allies`, so links between pages, the language
 * switch and shared links keep their place. The translation has the same headings in the same
 * order (the check's parity rule), so the n-th heading takes the n-th English heading's id.
 */
import type { Root as Hast, Element } from 'hast';
import type { Heading, Root as Mdast } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { parseBody } from '../collections/check/parse.ts';
import { visit } from 'unist-util-visit';

/** The ids Astro gives the headings of a Markdown or MDX body, in order. */
export function headingIds(body: string, mdx: boolean): string[] {
  const tree: Mdast = parseBody(body, mdx);
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (node: Heading) => {
    ids.push(slugger.slug(toString(node)));
  });
  return ids;
}

/** Give the first headings of `tree` the ids `ids`, in order. Returns the old id → new id pairs. */
export function adoptHeadingIds(tree: Hast, ids: readonly string[]): Map<string, string> {
  const renamed = new Map<string, string>();
  let index = 0;
  visit(tree, 'element', (node: Element) => {
    if (index >= ids.length || !/^h[1-6]$/.test(node.tagName)) return;
    const id = ids[index++]!;
    const old = node.properties['id'];
    if (typeof old === 'string' && old !== id) renamed.set(old, id);
    node.properties['id'] = id;
  });
  return renamed;
}
