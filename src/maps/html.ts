/**
 * A map as HTML, drawn once for each distinct input: every page that shows the same map in the
 * same language, with the same places and events, shares one drawing. Projecting the borders
 * costs about 100 ms a map, which a site of many pages would otherwise pay on each of them.
 */
import { toHtml } from 'hast-util-to-html';
import { drawMap, type MapInput } from './render.ts';
import type { MapKind } from './words.ts';

const drawn = new Map<string, string>();

/** The key of everything that decides a map's HTML, the links included. */
function inputKey(kind: MapKind, input: MapInput): string {
  return JSON.stringify([
    kind,
    input.lang,
    input.words,
    input.places,
    input.events,
    input.events.map((e) => input.eventHref(e.id)),
    input.places.map((p) => input.termHref?.(p.id) ?? null),
  ]);
}

/** The HTML of the map of `kind` (its figure, caption and text version). */
export function mapHtml(kind: MapKind, input: MapInput): string {
  const key = inputKey(kind, input);
  let html = drawn.get(key);
  if (html === undefined) {
    html = toHtml(drawMap(kind, input).figure);
    drawn.set(key, html);
  }
  return html;
}
