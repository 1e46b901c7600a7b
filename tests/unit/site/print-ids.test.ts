import { describe, expect, it } from 'vitest';
import { linkWithinDocument, prefixIds, sectionId } from '../../../src/site/print-ids.ts';

describe('prefixing ids for the printable edition', () => {
  it('prefixes ids and every #fragment, aria and label reference to them', () => {
    const html =
      '<h2 id="references">References</h2><sup class="cite"><a href="#ref-a" id="cite-1">[1]</a></sup>' +
      '<ol><li id="ref-a">A <a href="#cite-1">↩</a></li></ol>' +
      '<label for="f">F</label><input id="f"><p aria-describedby="ref-a missing">x</p>';
    expect(prefixIds(html, 'the-plan')).toBe(
      '<h2 id="the-plan--references">References</h2><sup class="cite"><a href="#the-plan--ref-a" id="the-plan--cite-1">[1]</a></sup>' +
        '<ol><li id="the-plan--ref-a">A <a href="#the-plan--cite-1">↩</a></li></ol>' +
        '<label for="the-plan--f">F</label><input id="the-plan--f"><p aria-describedby="the-plan--ref-a missing">x</p>',
    );
  });

  it('leaves links to other pages and to ids outside the part alone', () => {
    const html =
      '<a href="/timeline/#x">t</a> <a href="#main">skip</a> <a href="https://e.org/#a">e</a>';
    expect(prefixIds(html, 'p')).toBe(html);
  });

  it('follows ids inside SVG: url(#…) references and the diagram’s own styles', () => {
    const html =
      '<svg id="d1"><style>#d1 .node{fill:red}</style><defs><marker id="arrow"></marker></defs>' +
      '<path marker-end="url(#arrow)"></path><use href="#arrow"></use></svg>';
    const out = prefixIds(html, 'p');
    expect(out).toContain('<svg id="p--d1"><style>#p--d1 .node{fill:red}</style>');
    expect(out).toContain('<marker id="p--arrow">');
    expect(out).toContain('marker-end="url(#p--arrow)"');
    expect(out).toContain('<use href="#p--arrow">');
  });

  it('lowers headings so that a page nests under its section', () => {
    expect(prefixIds('<h2>A</h2><h3>B</h3><h6>C</h6>', 'p', { demote: 1 })).toBe(
      '<h3>A</h3><h4>B</h4><h6>C</h6>',
    );
  });
});

describe('links within the printable edition', () => {
  const pages = new Map([
    ['/the-plan/', 'the-plan'],
    ['/', 'index'],
  ]);

  it('points links to contained pages and their anchors at their place in the document', () => {
    const html =
      '<p id="the-plan--territory">T</p><a href="/the-plan/">plan</a> <a href="/the-plan/#territory">t</a> <a href="/">home</a>';
    expect(linkWithinDocument(html, pages)).toBe(
      '<p id="the-plan--territory">T</p><a href="#print-the-plan">plan</a> <a href="#the-plan--territory">t</a> <a href="#print-index">home</a>',
    );
  });

  it('leaves links to pages it does not contain, or to anchors it lacks, as they were', () => {
    const html = '<a href="/timeline/">t</a> <a href="/the-plan/#gone">g</a>';
    expect(linkWithinDocument(html, pages)).toBe(html);
    expect(sectionId('x')).toBe('print-x');
  });
});
