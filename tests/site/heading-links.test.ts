/**
 * Heading self-links, read from the built HTML: on every page with linked headings, each h2–h4
 * with an id in the prose sits beside a link to itself, named after the heading in the page's
 * language. The browser tests check how the link looks and behaves; this checks every page.
 */
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/dictionaries/index.ts';
import { pages } from './helpers/dist.ts';
import { attr, textOf, tree, withAncestors } from './helpers/html.ts';

const classes = (node: Element) => (attr(node, 'className') ?? '').split(' ');

/** What is wrong with the self-links of a page's headings, one line per heading. */
function headingLinkProblems(root: Root, label: (heading: string) => string): string[] {
  return withAncestors(root)
    .filter(({ node, ancestors }) => {
      if (!['h2', 'h3', 'h4'].includes(node.tagName) || attr(node, 'id') === undefined)
        return false;
      const inMain = ancestors.some((a) => a.tagName === 'main');
      const inProse = ancestors.some((a) =>
        ['prose', 'article-body'].some((c) => classes(a).includes(c)),
      );
      const aside = ancestors.some(
        (a) => ['nav', 'figure'].includes(a.tagName) || classes(a).includes('in-brief'),
      );
      return inMain && inProse && !aside;
    })
    .flatMap(({ node, ancestors }) => {
      const id = attr(node, 'id')!;
      const parent = ancestors.at(-1);
      const link = parent?.children.find(
        (c): c is Element =>
          c.type === 'element' && c.tagName === 'a' && classes(c).includes('heading-link'),
      );
      if (!link) return [`#${id} has no self-link`];
      if (attr(link, 'href') !== `#${id}`) return [`#${id}: link to ${attr(link, 'href')}`];
      const name = attr(link, 'ariaLabel');
      if (name !== label(textOf(node))) return [`#${id}: named "${name}"`];
      return [];
    });
}

const WITH_HEADINGS = pages().filter((page) => page.html.includes('<div class="heading-wrap'));

describe('heading self-links', () => {
  it('exist on the explainer pages of every language', () => {
    expect(WITH_HEADINGS.length).toBeGreaterThan(3);
    expect(WITH_HEADINGS.some((page) => splitLocale(page.url).code !== 'en')).toBe(true);
  });

  it.each(WITH_HEADINGS.map((page) => [page.url, page] as const))(
    'on %s: every h2–h4 with an id links to itself, named after it',
    (url, page) => {
      const code = splitLocale(url).code;
      const label = (heading: string) => t(code, 'headingLinks.label', { heading });
      expect(headingLinkProblems(tree(page), label)).toEqual([]);
    },
  );

  it('finds a heading without its link, and a link named wrongly', () => {
    const html = (name: string) =>
      `<main><div class="prose"><div class="heading-wrap"><h2 id="a">A</h2>${name}</div>` +
      `<div class="heading-wrap"><h3 id="b">B</h3></div></div></main>`;
    const root = tree({ html: html('<a class="heading-link" href="#a" aria-label="x">#</a>') });
    expect(headingLinkProblems(root, (h) => `Link to ${h}`)).toEqual([
      '#a: named "x"',
      '#b has no self-link',
    ]);
  });
});
