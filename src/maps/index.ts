/**
 * Maps: locator maps of the places in the story, drawn at build time as inline SVG from
 * content/places/ and the events that name them, with Natural Earth borders (Crimea in Ukraine,
 * as UN General Assembly resolution 68/262 recognises it) and GeoNames city positions. No tiles,
 * no map service and no JavaScript for the reader.
 */
export { drawMap, type DrawnMap, type MapInput } from './render.ts';
export { mapHtml } from './html.ts';
export { placesOnMap, regionsOf } from './places.ts';
export type { MapEvent, MapPlace, MarkedPlace } from './places.ts';
export { MAP_SPECS, MAP_WIDTH } from './specs.ts';
export type { MapKind, MapText, MapWords } from './words.ts';
