/**
 * Draws one map as an inline SVG inside a figure, from the places and events: country shapes and
 * borders from the atlas, a marker and a label for each city, a caption, and a text version that
 * lists each place with what happened there and when. No front lines, areas of control or
 * arrows: the sources give none. Pure apart from reading the atlas; the markup is built from
 * hast text nodes, so no name can become markup.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import type { Element, ElementContent } from 'hast';
import { feature, merge, mesh } from 'topojson-client';
import { loadAtlas, type CountriesTopology } from './atlas.ts';
import { placeLabels, type LabelRequest, type PlacedLabel } from './labels.ts';
import { CompactPath, round } from './path-context.ts';
import {
  placesOnMap,
  regionsOf,
  type MapEvent,
  type MapPlace,
  type MarkedPlace,
} from './places.ts';
import { frameMap } from './projection.ts';
import { MAP_SPECS, type MapSpec } from './specs.ts';
import { describeMap, listOf, type MapKind, type MapWords } from './words.ts';

/** What a map is drawn from. */
export interface MapInput {
  /**
   * The page's language code (src/i18n/locales.ts): the SVG's `lang`, and the language in which
   * names are listed and country names written in capitals.
   */
  lang: string;
  /** The maps' words in that language: the `maps` group of its dictionary. */
  words: MapWords;
  /** Every place, in that language. */
  places: readonly MapPlace[];
  events: readonly MapEvent[];
  /** The address of an event's entry (on the timeline), linked from the text version. */
  eventHref: (id: string) => string;
  /** The address of the glossary term for a place, when a term names it. */
  termHref?: (placeId: string) => string | undefined;
}

/** A drawn map: the figure, and what the tests look at. */
export interface DrawnMap {
  figure: Element;
  id: string;
  width: number;
  height: number;
  marked: MarkedPlace[];
  labels: PlacedLabel[];
}

/** Font sizes and the marker's radius, in map pixels (a map pixel is about a CSS pixel on a phone). */
export const CITY_SIZE = 12.5;
export const COUNTRY_SIZE = 10.5;
export const MARKER_RADIUS = 3.5;

const h = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children });
const t = (value: string): ElementContent => ({ type: 'text', value });

/** The path data of a geometry under a projection, compact. */
function pathData(
  projection: GeoProjection,
  object: Feature<Geometry> | MultiLineString,
  spec: MapSpec,
): string {
  const context = new CompactPath(spec.minStep, spec.minSize);
  geoPath(projection, context)(object);
  return context.result();
}

/** The shapes of the map: land, the focus countries and the borders (the sea is the background). */
function layers(atlas: CountriesTopology, spec: MapSpec, projection: GeoProjection): Element[] {
  const countries = atlas.objects.countries;
  const focus = new Set(spec.focus);
  // Merged, so that a border shared by two countries is not written once for each of them.
  const shape = (keep: (id: string) => boolean): Feature<Geometry> => ({
    type: 'Feature',
    properties: {},
    geometry: merge(atlas, countries.geometries.filter((g) => keep(String(g.id))) as never),
  });
  const others = shape((id) => !focus.has(id));
  const focused = shape((id) => focus.has(id));
  const borders = mesh(atlas, countries, (a, b) => a !== b);
  const path = (className: string, d: string): Element[] =>
    d ? [h('path', { className: [className], d })] : [];
  return [
    ...path('map__land', pathData(projection, others, spec)),
    ...path('map__focus', pathData(projection, focused, spec)),
    ...path('map__border', pathData(projection, borders, spec)),
  ];
}

/** Where the country labels go: the centre of the country's part inside the frame. */
function countryLabelRequests(
  atlas: CountriesTopology,
  spec: MapSpec,
  projection: GeoProjection,
  places: readonly MapPlace[],
  lang: string,
): LabelRequest[] {
  const requests: LabelRequest[] = [];
  for (const id of spec.countryLabels) {
    const place = places.find((p) => p.id === id);
    const shape = atlas.objects.countries.geometries.find((g) => String(g.id) === place?.atlasId);
    if (!place || !shape)
      throw new Error(`Map "${spec.kind}": no country shape for the place "${id}".`);
    const [x, y] = geoPath(projection).centroid(feature(atlas, shape) as never);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const text = place.name.toLocaleUpperCase(lang);
    requests.push({ id, text, x, y, size: COUNTRY_SIZE, kind: 'area', caps: true });
  }
  return requests;
}

/** The text version: each place, where it lies, and its events with their dates. */
function textVersion(marked: readonly MarkedPlace[], input: MapInput): Element {
  const items = marked.map(({ place, events }) => {
    const name = place.name;
    const href = input.termHref?.(place.id);
    const where = regionsOf(place, input.places);
    const events_ = h(
      'ul',
      {},
      events.map((e) =>
        h('li', {}, [t(`${e.when}: `), h('a', { href: input.eventHref(e.id) }, [t(e.title)])]),
      ),
    );
    return h('li', {}, [
      href ? h('a', { href }, [t(name)]) : t(name),
      ...(where.length ? [t(` (${where.join(', ')})`)] : []),
      events_,
    ]);
  });
  return h('ul', {}, items);
}

/** Draws the map of `kind`. */
export function drawMap(kind: MapKind, input: MapInput): DrawnMap {
  const spec = MAP_SPECS[kind];
  const words = input.words;
  const atlas = loadAtlas(spec.scale);
  const marked = placesOnMap(spec, input.places, input.events);
  if (marked.length === 0) throw new Error(`Map "${kind}": no event on its tracks names a city.`);
  const points: Feature<Geometry>[] = marked.map(({ place }) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [place.coordinates.lon, place.coordinates.lat] },
  }));
  const focus =
    spec.frame === 'places-and-focus'
      ? atlas.objects.countries.geometries
          .filter((g) => spec.focus.includes(String(g.id)))
          .map((g) => feature(atlas, g) as Feature<Geometry>)
      : [];
  const { projection, height } = frameMap(spec, [...focus, ...points]);
  const markers = marked.map(({ place }) => {
    const [x = 0, y = 0] = projection([place.coordinates.lon, place.coordinates.lat]) ?? [];
    return { id: place.id, x, y };
  });
  const cityLabels: LabelRequest[] = marked.map(({ place }, i) => ({
    id: place.id,
    text: place.name,
    x: markers[i]?.x ?? 0,
    y: markers[i]?.y ?? 0,
    size: CITY_SIZE,
    kind: 'point',
  }));
  const labels = placeLabels(
    [...cityLabels, ...countryLabelRequests(atlas, spec, projection, input.places, input.lang)],
    markers,
    { width: spec.width, height },
    MARKER_RADIUS,
  );
  const id = `map-${kind}`;
  const names = listOf(
    marked.map(({ place }) => place.name),
    input.lang,
  );
  const title = words[kind].title;
  const description = describeMap(words[kind], names);
  const svg = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${spec.width} ${height}`,
      width: spec.width,
      height,
      className: ['map__svg'],
      role: 'img',
      ariaLabelledBy: [`${id}-title`],
      ariaDescribedBy: [`${id}-desc`],
      lang: input.lang,
    },
    [
      h('title', { id: `${id}-title` }, [t(title)]),
      h('desc', { id: `${id}-desc` }, [t(description)]),
      h('rect', { className: ['map__sea'], width: spec.width, height }),
      ...layers(atlas, spec, projection),
      h(
        'g',
        { className: [`map__markers`, `map__markers--${kind}`] },
        markers.map((m) =>
          h('circle', { cx: round(m.x), cy: round(m.y), r: String(MARKER_RADIUS) }),
        ),
      ),
      h(
        'g',
        { className: ['map__labels'] },
        labels.map((l) =>
          h(
            'text',
            {
              x: round(l.x),
              y: round(l.y),
              className: [spec.countryLabels.includes(l.id) ? 'map__country' : 'map__city'],
              ...(l.anchor === 'start' ? {} : { textAnchor: l.anchor }),
            },
            [t(l.text)],
          ),
        ),
      ),
    ],
  );
  const captionId = `${id}-caption`;
  const figure = h('div', { className: ['map'], id, dataMap: kind }, [
    h('figure', { className: ['map__figure'], ariaLabelledBy: [captionId] }, [
      svg,
      h('figcaption', { id: captionId }, [t(title)]),
    ]),
    h('details', { className: ['map__text'] }, [
      h('summary', {}, [t(words.inWords)]),
      h('p', {}, [t(description)]),
      textVersion(marked, input),
      h('p', { className: ['map__credits'] }, [t(words.credits)]),
    ]),
  ]);
  return { figure, id, width: spec.width, height, marked, labels };
}
