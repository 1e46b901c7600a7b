import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypeHeadingLinks from '../../../src/markdown/rehype-heading-links.ts';
import { VFile } from 'vfile';
import { addHeadingLinksToHtml, allHeadingsLinked } from '../../../src/markdown/heading-links.ts';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeHeadingLinks()(tree, new VFile({ path: 'content/pages/x.mdx' }));
  return toHtml(tree);
};

describe('rehype-heading-links', () => {
  it('gives each h2–h4 with an id a self-link and a share button beside it, named for screen readers', () => {
    expect(run('<h2 id="the-plan">The <em>plan</em></h2>')).toBe(
      '<div class="heading-wrap level-2"><h2 id="the-plan">The <em>plan</em></h2>' +
        '<a class="heading-link" href="#the-plan" aria-label="Link to this section: The plan" data-pagefind-ignore="">' +
        '<span aria-hidden="true">#</span></a>' +
        '<button type="button" class="share-button" data-share="#the-plan" aria-label="Share a link to this section: The plan" data-pagefind-ignore="">' +
        '<span class="share-icon" aria-hidden="true"></span></button></div>',
    );
  });

  it('leaves h1, h5, headings without an id and headings already linked alone', () => {
    const html = '<h1 id="a">A</h1><h3>No id</h3><h5 id="b">B</h5>';
    expect(run(html)).toBe(html);
    const once = run('<h4 id="x">X</h4>');
    const tree = fromHtml(once, { fragment: true });
    rehypeHeadingLinks()(tree, new VFile({ path: 'content/pages/x.mdx' }));
    expect(toHtml(tree)).toBe(once);
  });
});

describe('heading links on rendered HTML (headings from components)', () => {
  it('links headings anywhere in the body, but not in navigation or SVG', () => {
    const html =
      '<section><h3 id="side-ukraine">Ukraine</h3></section>' +
      '<nav><h2 id="toc-title">On this page</h2></nav><svg><text>t</text></svg>';
    expect(addHeadingLinksToHtml(html)).toBe(
      '<section><div class="heading-wrap level-3"><h3 id="side-ukraine">Ukraine</h3>' +
        '<a class="heading-link" href="#side-ukraine" aria-label="Link to this section: Ukraine" data-pagefind-ignore="">' +
        '<span aria-hidden="true">#</span></a>' +
        '<button type="button" class="share-button" data-share="#side-ukraine" aria-label="Share a link to this section: Ukraine" data-pagefind-ignore="">' +
        '<span class="share-icon" aria-hidden="true"></span></button></div></section>' +
        '<nav><h2 id="toc-title">On this page</h2></nav><svg><text>t</text></svg>',
    );
  });

  it('leaves headings the Markdown plugin already linked as they are', () => {
    const once = addHeadingLinksToHtml('<h2 id="a">A</h2>');
    expect(addHeadingLinksToHtml(once)).toBe(once);
  });
});

describe('addHeadingLinksToHtml', () => {
  it('leaves HTML whose headings all have their links exactly as it is, unparsed', () => {
    const linked = addHeadingLinksToHtml('<h2 id="a">A</h2><p>x</p>');
    expect(allHeadingsLinked(linked)).toBe(true);
    expect(addHeadingLinksToHtml(linked)).toBe(linked);
  });
  it('adds the links when any heading lacks one', () => {
    const html = `${addHeadingLinksToHtml('<h2 id="a">A</h2>')}<h3 id="b">B</h3>`;
    expect(allHeadingsLinked(html)).toBe(false);
    expect(addHeadingLinksToHtml(html)).toContain('href="#b"');
  });
});
