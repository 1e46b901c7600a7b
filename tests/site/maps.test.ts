/**
 * The maps as built: inline SVG (no image file, no tiles, no script), named and described for
 * screen readers, captioned, with a text version that search indexes, each within its budget.
 */
import { describe, expect, it } from 'vitest';
import { isPrintEdition } from './helpers/budget';
import { pages } from './helpers/dist';
import { attr, byTag, textOf, tree, withAncestors } from './helpers/html';
import { gzipSize } from './helpers/scripts';

/** The most one map's SVG may weigh over the network (gzip). */
const MAP_BUDGET = 6 * 1024;

/** The pages that show a map, and which. */
const EXPECTED: Record<string, string[]> = {
  '/': ['talks'],
  '/battlefield/': ['fighting'],
  '/what-next/': ['talks'],
};

const maps = pages().flatMap((page) =>
  withAncestors(tree(page))
    .filter(({ node }) => attr(node, 'className')?.split(' ').includes('map'))
    .map(({ node, ancestors }) => ({ url: page.url, node, ancestors })),
);

describe('maps on the built pages', () => {
  it('are on the pages they explain', () => {
    for (const [url, kinds] of Object.entries(EXPECTED)) {
      const here = maps.filter((m) => m.url === url).map((m) => attr(m.node, 'dataMap'));
      expect(here, url).toEqual(kinds);
    }
  });

  it.each(maps.map((m) => [`${m.url} ${attr(m.node, 'dataMap')}`, m] as const))(
    '%s: inline SVG, named by its title, described and captioned',
    (_name, { node }) => {
      const [svg] = byTag({ type: 'root', children: [node] }, 'svg');
      expect(svg, 'no inline <svg>').toBeDefined();
      expect(attr(svg!, 'role')).toBe('img');
      const title = byTag({ type: 'root', children: [svg!] }, 'title')[0];
      const desc = byTag({ type: 'root', children: [svg!] }, 'desc')[0];
      expect(attr(svg!, 'ariaLabelledBy')).toBe(attr(title!, 'id'));
      expect(attr(svg!, 'ariaDescribedBy')).toBe(attr(desc!, 'id'));
      expect(textOf(desc!).length).toBeGreaterThan(40);
      const [caption] = byTag({ type: 'root', children: [node] }, 'figcaption');
      expect(textOf(caption!)).toBe(textOf(title!));
      expect(byTag({ type: 'root', children: [node] }, 'img')).toEqual([]);
    },
  );

  it.each(maps.map((m) => [`${m.url} ${attr(m.node, 'dataMap')}`, m] as const))(
    '%s: its drawing is at most 6 KB gzip',
    (_name, { url, node }) => {
      const page = pages().find((p) => p.url === url)!;
      const id = attr(node, 'id')!;
      const start = page.html.indexOf('<svg', page.html.indexOf(`id="${id}"`));
      const svg = page.html.slice(start, page.html.indexOf('</svg>', start) + '</svg>'.length);
      expect(svg).toMatch(/^<svg[^>]*role="img"/);
      // The title and description are the map's words, as long as each language makes them.
      const drawing = svg.replace(/<(title|desc)\b[^>]*>[^<]*<\/\1>/g, '');
      expect(gzipSize(drawing)).toBeLessThanOrEqual(MAP_BUDGET);
    },
  );

  it.each(maps.map((m) => [`${m.url} ${attr(m.node, 'dataMap')}`, m] as const))(
    '%s: its text version lists places with dates and is read by search',
    (_name, { url, node, ancestors }) => {
      const [details] = byTag({ type: 'root', children: [node] }, 'details');
      const items = byTag({ type: 'root', children: [details!] }, 'li');
      expect(items.length).toBeGreaterThan(2);
      // A year, then the event: "2025: …" in English, "2025 р.: …" in Ukrainian.
      expect(textOf(details!)).toMatch(/\d{4}(?:\sр\.)?: /);
      // The print edition repeats the pages and is left out of search on purpose.
      if (isPrintEdition(url)) return;
      const chain = [...ancestors, node];
      expect(chain.some((el) => attr(el, 'dataPagefindBody') !== undefined)).toBe(true);
      expect(chain.some((el) => attr(el, 'dataPagefindIgnore') !== undefined)).toBe(false);
    },
  );
});
