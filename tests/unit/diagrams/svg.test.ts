import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { leftoverColours } from '../../helpers/colours.ts';
import { cleanStyle, processSvg, scopeIds } from '../../../src/diagrams/svg.ts';

// Shaped like mermaid's output: a mindmap's bad style attributes and repeated ids, a sequence
// diagram's bare ids, literal colours next to sentinel ones (#5e10xx), and mermaid's own title and desc.
const RAW = readFileSync('tests/fixtures/diagrams/raw-mermaid.svg', 'utf8').trim();
const OPTIONS = {
  renderId: 'mmdcache-0',
  id: 'dg-pages-the-plan-2',
  title: 'Our title',
  description: 'Our description',
};

function ids(node: Element, out: string[] = []): string[] {
  if (typeof node.properties['id'] === 'string') out.push(node.properties['id']);
  for (const child of node.children) if (child.type === 'element') ids(child, out);
  return out;
}

describe('cleanStyle', () => {
  it('drops declarations that are not property: value, or whose value is undefined', () => {
    expect(cleanStyle('undefined;;;undefined')).toBeUndefined();
    expect(cleanStyle('normal')).toBeUndefined();
    expect(cleanStyle('')).toBeUndefined();
    expect(cleanStyle('stroke: none; fill: undefined')).toBe('stroke: none');
  });

  it('replaces literal colours in what it keeps', () => {
    expect(cleanStyle('fill:#eaeaea; stroke-width: 2px')).toBe(
      'fill: var(--surface); stroke-width: 2px',
    );
  });
});

describe('scopeIds', () => {
  it('prefixes ids without the diagram id, and their #references', () => {
    const out = scopeIds(RAW, 'mmdcache-0');
    expect(out).toContain('id="mmdcache-0-actor0"');
    expect(out).toContain('href="#mmdcache-0-actor0"');
    expect(out).toContain('#mmdcache-0-actor0 text');
    expect(out).toContain('id="mmdcache-0_arrow"');
  });
});

describe('processSvg', () => {
  const { svg, width, height } = processSvg(RAW, OPTIONS);
  const html = toHtml(svg);

  it('gives every id the page id, so two diagrams on a page never clash', () => {
    const all = ids(svg);
    expect(all.length).toBeGreaterThan(3);
    for (const id of all) expect(id.startsWith('dg-pages-the-plan-2')).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('dg-pages-the-plan-2-node_1-2');
    expect(html).not.toContain('mmdcache');
  });

  it('is an image named by its title and described by its description', () => {
    expect(svg.properties).toMatchObject({
      role: 'img',
      ariaLabelledBy: ['dg-pages-the-plan-2-title'],
      ariaDescribedBy: ['dg-pages-the-plan-2-desc'],
    });
    expect(svg.properties['ariaRoleDescription']).toBeUndefined();
    expect(html).toContain('<title id="dg-pages-the-plan-2-title">Our title</title>');
    expect(html).toContain('<desc id="dg-pages-the-plan-2-desc">Our description</desc>');
    expect(html).not.toContain('Mermaid&#x27;s title');
  });

  it('has no hard-coded colour and no invalid style attribute left', () => {
    expect(leftoverColours(html)).toEqual([]);
    expect(html).not.toMatch(/\sstyle="[^"]*undefined/);
    expect(html).not.toMatch(/\sstyle=""/);
    expect(html).not.toMatch(/\sstyle="normal"/);
    expect(html).toContain('fill:var(--surface)');
    expect(html).toContain('color-mix(in srgb, var(--bg) 50%, transparent)');
    // var() values move out of presentation attributes into style.
    expect(html).toContain('style="stroke: var(--muted)"');
  });

  it('reserves its space: width and height from the viewBox, and a legible minimum width', () => {
    expect([width, height]).toEqual([413, 201]);
    expect(svg.properties).toMatchObject({ width: 413, height: 201 });
    expect(svg.properties['style']).toBeUndefined();
    expect(html).toContain('#dg-pages-the-plan-2{min-width:288px}');
    expect(html).toContain('class="mindmapDiagram diagram__svg"');
  });
});
