/**
 * What each map shows: which events' places it marks, at which scale, and which countries it
 * names. The places come from the events (their `places` field), so a new event with a place on
 * one of these tracks appears on the map without editing anything here.
 */
import type { AtlasScale } from './atlas.ts';
import type { MapKind } from './words.ts';

export interface MapSpec {
  kind: MapKind;
  /** Events on these tracks put their places on the map. */
  tracks: readonly string[];
  scale: AtlasScale;
  /** The map's width in map pixels, the narrowest content width the site supports. */
  width: number;
  /** Room around what the map is framed on, in map pixels: [sides, top and bottom]. */
  padding: [number, number];
  /**
   * What the frame is fitted to: the cities alone, or the cities and the shapes of the countries
   * in `focus`.
   */
  frame: 'places' | 'places-and-focus';
  /** Atlas ids of the countries filled as the map's subject. */
  focus: readonly string[];
  /** Place ids of countries to name on the map, in the order their labels are placed. */
  countryLabels: readonly string[];
  /** The most height a map may take, as a multiple of its width. */
  maxAspect: number;
  /**
   * `azimuthal` (equal-area, centred on the map's subject) for a region; `equal-earth` (the
   * familiar flat world map, centred on the places' middle longitude) for the world.
   */
  projection: 'azimuthal' | 'equal-earth';
  /** Detail kept, in map pixels: the smallest step between points, and the smallest islet. */
  minStep: number;
  minSize: number;
}

/** The width every map is drawn at: labels are sized to stay readable on a 320 px phone. */
export const MAP_WIDTH = 320;

export const MAP_SPECS: Record<MapKind, MapSpec> = {
  fighting: {
    kind: 'fighting',
    tracks: ['battlefield'],
    scale: '50m',
    width: MAP_WIDTH,
    padding: [26, 22],
    frame: 'places-and-focus',
    focus: ['804'],
    countryLabels: ['ukraine', 'russia'],
    maxAspect: 0.85,
    projection: 'azimuthal',
    minStep: 0.9,
    minSize: 1.5,
  },
  talks: {
    kind: 'talks',
    tracks: ['us-ukraine', 'us-russia'],
    scale: '110m',
    width: MAP_WIDTH,
    padding: [22, 34],
    frame: 'places',
    focus: ['804'],
    countryLabels: [],
    maxAspect: 0.75,
    projection: 'equal-earth',
    minStep: 1.6,
    minSize: 4,
  },
};
