/** The site's places and events, read from content/ by the one content reader, as the maps receive them. */
import { readCollection } from '../../../src/collections/index.ts';
import type { MapEvent, MapInput, MapPlace } from '../../../src/maps/index.ts';
import { formatEventDate } from '../../../src/i18n/format.ts';

/** Every place in content/places/. */
export const PLACES: (MapPlace & { country: string })[] = [
  ...readCollection('content', 'places'),
].map(([id, place]) => ({ id, ...place }));

/** Every event in content/events/, with English dates. */
export const EVENTS: MapEvent[] = [...readCollection('content', 'events')].map(([id, e]) => ({
  id,
  title: e.title,
  when: formatEventDate(e.date, e.endDate, e.precision, 'en', 'Week of {date}'),
  date: e.date,
  track: e.track,
  places: e.places,
}));

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
