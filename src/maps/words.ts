/**
 * What a map says besides the names of its places, in the page's language. The words are the
 * `maps` group of each interface dictionary (src/i18n/dictionaries/), handed in by the component
 * that draws the map, so a language needs no change here: its dictionary and its translated
 * places are enough. Pure.
 */

/** The maps the site draws. */
export type MapKind = 'fighting' | 'talks';

/** One map's own words. */
export interface MapText {
  /** The SVG's title and the figure's caption. */
  readonly title: string;
  /** The SVG's description; `{places}` stands for the names of the cities it marks, listed. */
  readonly description: string;
}

/** The maps' words in one language: the `maps` group of its dictionary. */
export type MapWords = Readonly<Record<MapKind, MapText>> & {
  /** The summary of the text version. */
  readonly inWords: string;
  /** Where the map's data comes from, under the text version. */
  readonly credits: string;
};

/** A map's description with the names of its places filled in. */
export function describeMap(text: MapText, places: string): string {
  // A function, so that a "$" in a name is never read as a replacement pattern.
  return text.description.replaceAll('{places}', () => places);
}

/** "A, B and C" in the map's language. */
export function listOf(names: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}
