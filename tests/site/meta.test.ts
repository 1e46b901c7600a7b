import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { pages, shown, SITE_ORIGIN, type Page } from './helpers/dist.ts';
import { attr, byTag, elements, textOf, tree } from './helpers/html.ts';

/** Link texts that say nothing out of context (WCAG 2.4.4): screen-reader users list links. */
const VAGUE_LINK_TEXT = /^(click here|here|read more|more|link|this|this page|go|continue)$/i;

/** The smallest amount of text a page's <main> may hold before it counts as empty. */
const MIN_MAIN_TEXT = 80;

/** The page's own <title> elements (an inline SVG has titles of its own). */
function documentTitles(root: Root): Element[] {
  return elements(root)
    .filter(({ node, ancestors }) => node.tagName === 'title' && !ancestors.includes('svg'))
    .map(({ node }) => node);
}

/** The checks of one page; each failure is a sentence naming the page. */
function pageProblems(page: Page): string[] {
  const root = tree(page);
  const problems: string[] = [];
  const at = shown(page.file);
  const all = elements(root).map(({ node }) => node);
  const meta = (name: string) =>
    all.find((n) => n.tagName === 'meta' && attr(n, 'name') === name)?.properties['content'];

  const html = byTag(root, 'html')[0];
  if (!html || !attr(html, 'lang')) problems.push(`${at}: <html> has no lang attribute.`);
  const titles = documentTitles(root);
  if (titles.length !== 1 || !titles[0] || textOf(titles[0]) === '') {
    problems.push(`${at}: needs exactly one non-empty <title> (found ${titles.length}).`);
  }
  if (!String(meta('description') ?? '').trim()) {
    problems.push(`${at}: has no <meta name="description">; set description in the frontmatter.`);
  }
  const canonical = all.filter((n) => n.tagName === 'link' && attr(n, 'rel') === 'canonical');
  const href = canonical[0] ? attr(canonical[0], 'href') : undefined;
  if (canonical.length !== 1 || !href) {
    problems.push(`${at}: needs exactly one <link rel="canonical"> (found ${canonical.length}).`);
  } else {
    const url = new URL(href, SITE_ORIGIN);
    if (!/^https?:\/\//.test(href) || url.origin !== SITE_ORIGIN) {
      problems.push(`${at}: canonical URL "${href}" must be absolute, on ${SITE_ORIGIN}.`);
    } else if (page.file !== '404.html' && url.pathname !== page.url) {
      problems.push(`${at}: canonical URL "${href}" is not this page's address ${page.url}.`);
    }
  }
  const h1s = byTag(root, 'h1');
  if (h1s.length !== 1) problems.push(`${at}: has ${h1s.length} <h1> elements; exactly one.`);
  const main = byTag(root, 'main');
  const text = main.length === 1 && main[0] ? textOf(main[0]) : '';
  if (main.length !== 1) problems.push(`${at}: has ${main.length} <main> elements; exactly one.`);
  else if (text.length < MIN_MAIN_TEXT) {
    problems.push(`${at}: <main> holds only ${text.length} characters of text: is it empty?`);
  }
  for (const a of byTag(root, 'a')) {
    const label = (attr(a, 'ariaLabel') ?? textOf(a)).trim();
    const line = a.position?.start.line ?? 0;
    if (label === '') problems.push(`${at}:${line}: a link has no text (or aria-label).`);
    else if (VAGUE_LINK_TEXT.test(label.replace(/[.…:!›»→]+$/u, '').trim())) {
      problems.push(
        `${at}:${line}: link text "${label}" says nothing out of context; name the target.`,
      );
    }
  }
  return problems;
}

describe('every built page', () => {
  it('has lang, one title, a description, a canonical URL, one <h1> and real content', () => {
    expect(pages().length).toBeGreaterThan(0);
    expect(pages().flatMap(pageProblems)).toEqual([]);
  });

  it('has a title of its own', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const page of pages()) {
      const [first] = documentTitles(tree(page));
      const title = first ? textOf(first) : '';
      const other = seen.get(title);
      if (other)
        duplicates.push(`${shown(page.file)} and ${shown(other)} share the title "${title}".`);
      seen.set(title, page.file);
    }
    expect(duplicates).toEqual([]);
  });
});
