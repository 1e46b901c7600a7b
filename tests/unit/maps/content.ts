/** The site's places and events, read from content/ by the one content reader, as the maps receive them. */
import { readCollection } from '../../../src/collections/index.ts';
import { dictionaryOf } from '../../../src/i18n/dictionaries/index.ts';
import { formatEventDate } from '../../../src/i18n/format.ts';
import { readLocalisedCollection } from '../../../src/i18n/overlay.ts';
import type { MapEvent, MapInput, MapPlace } from '../../../src/maps/index.ts';

/** Every place in content/places/, in English. */
export const PLACES: (MapPlace & { country: string })[] = [
  ...readCollection('content', 'places'),
].map(([id, place]) => ({ id, ...place }));

/** Every place in a language: its translation in content/places/<code>/ over the English. */
export const placesIn = (code: string): (MapPlace & { country: string })[] =>
  [...readLocalisedCollection('content', 'places', code)].map(([id, place]) => ({
    id,
    ...place,
  }));

/** Every event in content/events/, with English dates. */
export const EVENTS: MapEvent[] = [...readCollection('content', 'events')].map(([id, e]) => ({
  id,
  title: e.title,
  when: formatEventDate(e.date, e.endDate, e.precision, 'en', 'Week of {date}'),
  date: e.date,
  track: e.track,
  places: e.places,
}));

/** What a page hands the maps, in one language of the site. */
export function mapInput(lang: string): MapInput {
  return {
    lang,
    words: dictionaryOf(lang).maps,
    places: placesIn(lang),
    events: EVENTS,
    eventHref: (id) => `/timeline/#${id}`,
    termHref: (id) => (id === 'kyiv' ? '/glossary/#kyiv' : undefined),
  };
}
