/** The site's places and events, read from content/ as the maps receive them. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatEventDate } from '../../../src/lib/dates.ts';
import { EventSchema, PlaceSchema } from '../../../src/lib/schemas.ts';
import type { MapEvent, MapInput, MapPlace } from '../../../src/maps/index.ts';

function entries(folder: string): { id: string; data: unknown }[] {
  const dir = new URL(`../../../content/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.slice(0, -5), data: parse(readFileSync(new URL(f, dir), 'utf8')) }));
}

/** Every place in content/places/. */
export const PLACES: (MapPlace & { country: string })[] = entries('places').map(({ id, data }) => ({
  id,
  ...PlaceSchema.parse(data),
}));

/** Every event in content/events/, with English dates. */
export const EVENTS: MapEvent[] = entries('events').map(({ id, data }) => {
  const e = EventSchema.parse(data);
  return {
    id,
    title: e.title,
    when: formatEventDate(e.date, e.endDate, e.precision),
    date: e.date,
    track: e.track,
    places: e.places,
  };
});

/** What a page hands the maps, in one language. */
export function mapInput(lang: MapInput['lang']): MapInput {
  return {
    lang,
    places: PLACES,
    events: EVENTS,
    eventHref: (id) => `/timeline/#${id}`,
    termHref: (id) => (id === 'kyiv' ? '/glossary/#kyiv' : undefined),
  };
}
