import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawMap, MAP_SPECS, placesOnMap, type MapKind } from '../../../src/maps/index.ts';
import { uk as ukDictionary } from '../../../src/i18n/dictionaries/uk.ts';
import { EVENTS, mapInput, PLACES } from './content.ts';

const KINDS = Object.keys(MAP_SPECS) as MapKind[];

function find(node: ElementContent | Element, test: (el: Element) => boolean): Element[] {
  if (node.type !== 'element') return [];
  return [...(test(node) ? [node] : []), ...node.children.flatMap((c) => find(c, test))];
}
const byTag = (node: Element, tag: string) => find(node, (el) => el.tagName === tag);
const toString = (node: ElementContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? node.children.map(toString).join('')
      : '';

describe('which places a map marks', () => {
  it('marks the cities of the fighting and strikes from the battlefield events, oldest first', () => {
    const marked = placesOnMap(MAP_SPECS.fighting, PLACES, EVENTS);
    expect(marked.map((m) => m.place.id)).toEqual(['novorossiysk', 'pokrovsk', 'kyiv']);
    expect(marked[0]!.events.map((e) => e.id)).toEqual([
      '2025-11-01-first-novorossiysk-strike',
      '2025-11-01-second-novorossiysk-strike',
    ]);
  });

  it('marks the venues of the US talks with Russia and Ukraine', () => {
    const marked = placesOnMap(MAP_SPECS.talks, PLACES, EVENTS);
    expect(marked.map((m) => m.place.id)).toEqual([
      'anchorage',
      'geneva',
      'abu-dhabi',
      'kyiv',
      'moscow',
    ]);
  });

  it('names the event when it names an unknown place', () => {
    const events = [{ ...EVENTS[0]!, track: 'battlefield', places: ['atlantis'] }];
    expect(() => placesOnMap(MAP_SPECS.fighting, PLACES, events)).toThrow(
      `Event "${EVENTS[0]!.id}" names the unknown place "atlantis".`,
    );
  });
});

describe.each(KINDS)('the %s map', (kind) => {
  const map = drawMap(kind, mapInput('en'));
  const svg = byTag(map.figure, 'svg')[0]!;

  it('is an image with a title and a description, named by them', () => {
    expect(svg.properties).toMatchObject({ role: 'img' });
    const [title] = byTag(svg, 'title');
    const [desc] = byTag(svg, 'desc');
    expect(svg.properties['ariaLabelledBy']).toEqual([title!.properties['id']]);
    expect(svg.properties['ariaDescribedBy']).toEqual([desc!.properties['id']]);
    expect(toString(desc!)).toContain(map.marked.map((m) => m.place.name).at(-1));
  });

  it('has a caption that names the figure, and a text version outside the figure', () => {
    const [figure] = byTag(map.figure, 'figure');
    const [caption] = byTag(figure!, 'figcaption');
    expect(figure!.properties['ariaLabelledBy']).toEqual([caption!.properties['id']]);
    expect(byTag(figure!, 'details')).toHaveLength(0);
    expect(byTag(map.figure, 'details')).toHaveLength(1);
  });

  it('lists every place with each of its events, their dates and links, in the text version', () => {
    const [details] = byTag(map.figure, 'details');
    const text = toString(details!);
    for (const { place, events } of map.marked) {
      expect(text).toContain(place.name);
      for (const event of events) expect(text).toContain(`${event.when}: ${event.title}`);
    }
    const hrefs = byTag(details!, 'a').map((a) => a.properties['href']);
    for (const event of map.marked.flatMap((m) => m.events)) {
      expect(hrefs).toContain(`/timeline/#${event.id}`);
    }
  });

  it('says where each place lies, from the places it belongs to', () => {
    const text = toString(byTag(map.figure, 'details')[0]!);
    if (kind === 'fighting') expect(text).toContain('Pokrovsk (Donetsk region, Ukraine)');
    expect(text).toContain('Kyiv (Ukraine)');
  });

  it('places every label clear of the others, of the markers and of the frame', () => {
    expect(map.labels.map((l) => [l.id, l.clear])).toEqual(map.labels.map((l) => [l.id, true]));
    for (const { box } of map.labels) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(map.width);
      expect(box.y + box.height).toBeLessThanOrEqual(map.height);
    }
  });

  it('puts every marker inside the frame', () => {
    for (const circle of byTag(svg, 'circle')) {
      const [cx, cy] = [Number(circle.properties['cx']), Number(circle.properties['cy'])];
      expect(cx).toBeGreaterThan(0);
      expect(cx).toBeLessThan(map.width);
      expect(cy).toBeGreaterThan(0);
      expect(cy).toBeLessThan(map.height);
    }
  });

  it('draws no front lines, areas of control or arrows: only land, the focus country and borders', () => {
    const classes = byTag(svg, 'path').map((p) => String(p.properties['className']));
    expect(classes).toEqual(['map__land', 'map__focus', 'map__border']);
    expect(find(svg, (el) => ['marker', 'polyline', 'line'].includes(el.tagName))).toEqual([]);
  });

  it('is drawn in a few kilobytes', () => {
    expect(gzipSync(toHtml(svg)).length).toBeLessThan(6 * 1024);
  });

  it('labels the places in Ukrainian from their translations, with the Ukrainian dictionary’s words', () => {
    const uk = drawMap(kind, mapInput('uk'));
    const labels = uk.labels.map((l) => l.text);
    expect(labels).toContain('Київ');
    const ukSvg = byTag(uk.figure, 'svg')[0]!;
    expect(ukSvg.properties['lang']).toBe('uk');
    expect(toString(byTag(uk.figure, 'summary')[0]!)).toBe(ukDictionary.maps.inWords);
    expect(toString(byTag(ukSvg, 'title')[0]!)).toBe(ukDictionary.maps[kind].title);
    // Event titles come translated from the page; the places' names and regions too.
    expect(toString(byTag(uk.figure, 'details')[0]!)).toContain('Київ (Україна)');
  });

  it('takes every name from the places it is given and every word from the words given', () => {
    const input = mapInput('en');
    const places = input.places.map((p) => (p.id === 'kyiv' ? { ...p, name: 'Kyiv city' } : p));
    const words = {
      ...input.words,
      inWords: 'In words',
      [kind]: { title: 'A title', description: 'Marked: {places}.' },
    };
    const map = drawMap(kind, { ...input, places, words });
    expect(map.labels.map((l) => l.text)).toContain('Kyiv city');
    const names = map.marked.map((m) => m.place.name);
    expect(toString(byTag(map.figure, 'desc')[0]!)).toBe(
      `Marked: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(names)}.`,
    );
    expect(toString(byTag(map.figure, 'figcaption')[0]!)).toBe('A title');
    expect(toString(byTag(map.figure, 'summary')[0]!)).toBe('In words');
  });
});

describe('the fighting map', () => {
  it('names Ukraine and Russia in capitals, in the page language', () => {
    const en = drawMap('fighting', mapInput('en')).labels.map((l) => l.text);
    const uk = drawMap('fighting', mapInput('uk')).labels.map((l) => l.text);
    expect(en).toEqual(expect.arrayContaining(['UKRAINE', 'RUSSIA']));
    expect(uk).toEqual(expect.arrayContaining(['УКРАЇНА', 'РОСІЯ']));
  });
});
