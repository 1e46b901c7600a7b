import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import type { Feature, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import {
  CRIMEA_POINT,
  loadAtlas,
  movePolygon,
  RUSSIA,
  UKRAINE,
  type CountriesTopology,
} from '../../../src/maps/atlas.ts';

const raw = (scale: string): CountriesTopology =>
  JSON.parse(
    readFileSync(
      createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`),
      'utf8',
    ),
  ) as CountriesTopology;

const country = (atlas: CountriesTopology, id: string): Feature => {
  const shape = atlas.objects.countries.geometries.find((g) => g.id === id);
  if (!shape) throw new Error(`no country ${id}`);
  return feature(atlas, shape) as Feature;
};

/** The southernmost latitude of the border line between Ukraine and Russia. */
function southernEndOfBorder(atlas: CountriesTopology): number {
  const line = mesh(
    atlas,
    atlas.objects.countries,
    (a, b) => new Set([a.id, b.id]).has(UKRAINE) && new Set([a.id, b.id]).has(RUSSIA),
  ) as MultiLineString;
  return Math.min(...line.coordinates.flat().map(([, lat]) => lat ?? 90));
}

describe('map data: Crimea', () => {
  it.each(['50m', '110m'])('is drawn inside Russia by the unmodified %s data', (scale) => {
    expect(geoContains(country(raw(scale), RUSSIA), CRIMEA_POINT)).toBe(true);
    expect(geoContains(country(raw(scale), UKRAINE), CRIMEA_POINT)).toBe(false);
  });

  it.each(['50m', '110m'] as const)('is part of Ukraine on the %s maps', (scale) => {
    const atlas = loadAtlas(scale);
    expect(geoContains(country(atlas, UKRAINE), CRIMEA_POINT)).toBe(true);
    expect(geoContains(country(atlas, RUSSIA), CRIMEA_POINT)).toBe(false);
  });

  it('leaves no Ukraine–Russia border line across the isthmus that joins Crimea to the mainland', () => {
    // Unmodified, the line between Crimea and the mainland counts as a Ukraine–Russia border and
    // is the border's southern end; moved, the border ends on the Sea of Azov, further north.
    expect(southernEndOfBorder(raw('50m'))).toBeLessThan(46.5);
    expect(southernEndOfBorder(loadAtlas('50m'))).toBeGreaterThan(46.5);
  });

  it('keeps every other country as it was', () => {
    const before = raw('110m').objects.countries.geometries;
    const after = loadAtlas('110m').objects.countries.geometries;
    expect(after.map((g) => g.id)).toEqual(before.map((g) => g.id));
    for (const [i, g] of after.entries()) {
      if (g.id !== UKRAINE && g.id !== RUSSIA) expect(g).toEqual(before[i]);
    }
  });

  it('refuses to draw when the point is in no polygon of the country, naming the file to check', () => {
    expect(() => movePolygon(raw('110m'), RUSSIA, UKRAINE, [0, 0])).toThrow(
      /no polygon of country 643 contains \[0, 0\].*src\/maps\/atlas\.ts/,
    );
  });
});
