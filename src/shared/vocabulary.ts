/**
 * The site's fixed words: status words, sides, tracks, topics, kinds and the id pattern. Plain
 * data with no imports, so the browser code, the schemas and the build all read the same lists.
 */

/** The five words that say how sure the sources are about a claim. */
export const STATUS_WORDS = [
  'confirmed',
  'reported',
  'unconfirmed',
  'disputed',
  'unknown',
] as const;
export type StatusWord = (typeof STATUS_WORDS)[number];

/** The sides an actor can belong to, in the order the actors page shows them. */
export const SIDES = [
  'united-states',
  'ukraine',
  'russia',
  'europe',
  'us-congress',
  'outside-voices',
] as const;
export type Side = (typeof SIDES)[number];

/** How precisely an event's date is known. */
export const PRECISIONS = ['day', 'week', 'month'] as const;

/** The negotiating or military track an event belongs to, used to group events in diagrams. */
export const TRACKS = [
  'plan',
  'us-ukraine',
  'us-russia',
  'europe',
  'battlefield',
  'economy',
] as const;

/** The topics a provision of the plan can be filed under. */
export const TOPICS = [
  'territory',
  'armed-forces',
  'nato',
  'security-guarantees',
  'economy',
  'sovereignty',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Kinds of source. `map-reference` is a geographic reference the maps are drawn from (borders,
 * city positions) or follow (the borders the UN recognises); it is never cited for news.
 */
export const SOURCE_KINDS = ['news-report', 'background-report', 'map-reference'] as const;

/** What kind of place an entry is: a city is a point on the maps, a country a shape. */
export const PLACE_KINDS = ['city', 'region', 'country'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** An id: lower-case words joined by hyphens, as used in file names, links and references. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What to write instead of an id that does not match {@link ID_PATTERN}. */
export const ID_HINT = 'Use lower-case letters, digits and hyphens, like "steve-witkoff".';
