import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { buildFigure } from '../../../src/diagrams/figure.ts';

const svg: Element = {
  type: 'element',
  tagName: 'svg',
  properties: { id: 'dg-x-1' },
  children: [],
};
const base = {
  id: 'dg-x-1',
  title: 'Who talks <b>to</b> whom',
  description: 'Witkoff & Dmitriev talk.',
  type: 'flowchart',
  items: [{ text: '<img src=x onerror=alert(1)> → B', children: [{ text: 'nested' }] }],
};

describe('buildFigure', () => {
  it('puts the SVG and its caption in a figure, and the text version after it', () => {
    const html = toHtml(buildFigure({ ...base, svg, width: 200 }));
    expect(html).toMatch(
      /^<div class="diagram" id="dg-x-1-figure" data-diagram="flowchart" data-diagram-mode="svg"><figure class="diagram__figure" aria-labelledby="dg-x-1-caption"><div class="diagram__canvas"><svg id="dg-x-1"><\/svg><\/div>\n<figcaption id="dg-x-1-caption">/,
    );
    expect(html).toContain(
      '</figure>\n<details class="diagram__text"><summary>The diagram in words</summary>',
    );
    expect(html).toContain('<p>Witkoff &#x26; Dmitriev talk.</p>');
    expect(html).toContain(
      '<li>&#x3C;img src=x onerror=alert(1)> → B<ul><li>nested</li></ul></li>',
    );
  });

  it('never turns a label into markup', () => {
    const html = toHtml(buildFigure({ ...base, svg, width: 200 }));
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Who talks &#x3C;b>to&#x3C;/b> whom');
  });

  it('makes a canvas wider than a 320 px screen focusable and named by the caption, a narrow one not', () => {
    const wide = toHtml(buildFigure({ ...base, svg, width: 600 }));
    expect(wide).toContain(
      '<div class="diagram__canvas" tabindex="0" role="group" aria-labelledby="dg-x-1-caption">',
    );
    const narrow = toHtml(buildFigure({ ...base, svg, width: 280 }));
    expect(narrow).toContain('<div class="diagram__canvas">');
  });

  it('without an SVG, ships the source for the browser to draw', () => {
    const html = toHtml(buildFigure({ ...base, source: 'flowchart LR\n  A --> B' }));
    expect(html).toContain('data-diagram-mode="client"');
    expect(html).toContain('<pre class="mermaid">flowchart LR\n  A --> B</pre>');
  });

  it('leaves out an empty list', () => {
    expect(toHtml(buildFigure({ ...base, items: [], svg }))).not.toContain('<ul>');
  });
});
