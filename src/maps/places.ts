/**
 * Which places a map marks and what happened at each: the cities named by the events on the
 * map's tracks, each with those events in date order. Pure.
 */
import type { MapSpec } from './specs.ts';

/**
 * A place as the maps need it: a content/places/ entry in the map's language (its translation
 * laid over the English, or the English where there is none), with its id.
 */
export interface MapPlace {
  id: string;
  /** Its name in the map's language. */
  name: string;
  kind: 'city' | 'region' | 'country';
  region?: string | undefined;
  coordinates?: { lat: number; lon: number } | undefined;
  atlasId?: string | undefined;
}

/** An event as the maps need it, its title already in the map's language. */
export interface MapEvent {
  id: string;
  title: string;
  /** Its date as the page writes it, e.g. "25 November 2025" or "Week of 24 November 2025". */
  when: string;
  /** YYYY-MM-DD, for ordering. */
  date: string;
  track: string;
  places: readonly string[];
}

/** A city on a map with the events there, oldest first. */
export interface MarkedPlace {
  place: MapPlace & { coordinates: { lat: number; lon: number } };
  events: MapEvent[];
}

/**
 * The cities a map marks, in the order of their first event (ties by name), with their events.
 * Throws, naming the event, when an event names a place that does not exist: the content check
 * reports that first, so this only guards the build.
 */
export function placesOnMap(
  spec: MapSpec,
  places: readonly MapPlace[],
  events: readonly MapEvent[],
): MarkedPlace[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const marked = new Map<string, MarkedPlace>();
  const ordered = [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  for (const event of ordered) {
    if (!spec.tracks.includes(event.track)) continue;
    for (const id of event.places) {
      const place = byId.get(id);
      if (!place) throw new Error(`Event "${event.id}" names the unknown place "${id}".`);
      if (place.kind !== 'city' || !place.coordinates) continue;
      const entry = marked.get(id) ?? {
        place: { ...place, coordinates: place.coordinates },
        events: [],
      };
      entry.events.push(event);
      marked.set(id, entry);
    }
  }
  return [...marked.values()];
}

/** Where a place lies, as names from the nearest region outwards: ["Donetsk region", "Ukraine"]. */
export function regionsOf(place: MapPlace, places: readonly MapPlace[]): string[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const names: string[] = [];
  const seen = new Set<string>([place.id]);
  for (let id = place.region; id && !seen.has(id); id = byId.get(id)?.region) {
    seen.add(id);
    const region = byId.get(id);
    if (region) names.push(region.name);
  }
  return names;
}
