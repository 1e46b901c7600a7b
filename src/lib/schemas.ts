/**
 * The content schemas: the contract between contributors and the site.
 *
 * Each collection in `content/` is validated twice with these schemas: once by our own content
 * check (which knows file names and line numbers, so its errors can point at the exact place to
 * fix), and once by Astro's content layer when it loads the entries. Keep every field documented:
 * README.md shows the same fields to contributors.
 *
 * This module is pure: no `astro:*` imports, so tests and the content check can use it directly.
 */
import { z } from 'astro/zod';

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

/**
 * Kinds of source. `map-reference` is a geographic reference the maps are drawn from (borders,
 * city positions) or follow (the borders the UN recognises); it is never cited for news.
 */
export const SOURCE_KINDS = ['news-report', 'background-report', 'map-reference'] as const;

/** An id: lower-case words joined by hyphens, as used in file names. */
export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lower-case letters, digits and hyphens, like "steve-witkoff".',
  );

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers may turn an unquoted date into a Date
 * object; both forms are accepted and normalised to the string.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Write the date as YYYY-MM-DD, for example 2025-11-25.' })
    // abort: a date in the wrong form gets one message, not also "not a real calendar date".
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: 'Write the date as YYYY-MM-DD, for example 2025-11-25.',
      abort: true,
    })
    // Round-trip through Date: Date.parse alone accepts 2025-11-31 (rolling it over to 1 December).
    .refine((s) => {
      const date = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
    }, 'This is not a real calendar date.'),
);

/** One of the five status words. */
export const StatusSchema = z.enum(STATUS_WORDS, {
  error: `Use one of the status words: ${STATUS_WORDS.join(', ')}.`,
});

/** A list of source ids (files in content/sources/, without the extension). */
const SourceIdsSchema = z
  .array(IdSchema)
  .min(1, 'Cite at least one source id from content/sources/.');

/** A list of place ids (files in content/places/, without the extension); default none. */
const PlaceIdsSchema = z.array(IdSchema).default([]);

/** A source: one file in `content/sources/`. Its file name is its id. */
export const SourceSchema = z.strictObject({
  /** The publication, as readers know it: "The News Capital". */
  outlet: z.string().min(1).describe('The publication, as readers know it: "The News Capital".'),
  /** The headline or title of the piece. */
  title: z.string().min(1).describe('The headline or title of the piece.'),
  /** Where to read it. Must be an absolute http(s) URL. */
  url: z
    .url({ protocol: /^https?$/, error: 'Give the full address, starting with https://.' })
    .describe('Where to read it. Must be an absolute http(s) URL.'),
  /** The day it was published, YYYY-MM-DD. Leave it out when the day is not known: never guess it. */
  published: IsoDateSchema.optional().describe(
    'The day it was published, YYYY-MM-DD. Leave it out when the day is not known: never guess it.',
  ),
  /** `news-report` for the article the site is built from; `background-report` for context facts; `map-reference` for the maps' geographic data. */
  kind: z
    .enum(SOURCE_KINDS)
    .describe(
      "news-report for the article the site is built from; background-report for context facts; map-reference for the maps' geographic data.",
    ),
  /** Other outlets or people whose reporting this source relays, e.g. "NBC News (a US official)". Default: none. */
  relays: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Other outlets or people whose reporting this source relays, e.g. "NBC News (a US official)". Default: none.',
    ),
  /** A short note on what this source is used for on the site. Optional. */
  note: z
    .string()
    .optional()
    .describe('A short note on what this source is used for on the site. Optional.'),
});

/** A quotation of an actor, attributed and sourced. */
export const QuoteSchema = z.strictObject({
  /** An id for the quote, unique within the actor, used as its #anchor: "truth-social-progress". */
  id: IdSchema.describe(
    'An id for the quote, unique within the actor, used as its #anchor: "truth-social-progress".',
  ),
  /** The words, exactly as the source quotes them, without surrounding quotation marks. */
  text: z
    .string()
    .min(1)
    .describe('The words, exactly as the source quotes them, without surrounding quotation marks.'),
  /** Where and when it was said, in a few words: "on Truth Social", "to reporters aboard Air Force One". */
  context: z
    .string()
    .min(1)
    .describe(
      'Where and when it was said, in a few words: "on Truth Social", "to reporters aboard Air Force One".',
    ),
  /** The day it was said or published, YYYY-MM-DD. */
  date: IsoDateSchema.describe('The day it was said or published, YYYY-MM-DD.'),
  /** The source ids that report it. */
  sources: SourceIdsSchema.describe('The source ids that report it.'),
});

/** An actor: a person or a body, one file in `content/actors/`. Its file name is its id. */
export const ActorSchema = z.strictObject({
  /** The name as the site writes it: "Volodymyr Zelenskyy". */
  name: z.string().min(1).describe('The name as the site writes it: "Volodymyr Zelenskyy".'),
  /** `person` or `body` (a government, ministry, alliance or group). */
  kind: z
    .enum(['person', 'body'])
    .describe('person or body (a government, ministry, alliance or group).'),
  /** Their office or description in a few words: "US special envoy". */
  role: z
    .string()
    .min(1)
    .describe('Their office or description in a few words: "US special envoy".'),
  /** Which side they are grouped under on the actors page. */
  side: z
    .enum(SIDES, { error: `Use one of the sides: ${SIDES.join(', ')}.` })
    .describe('Which side they are grouped under on the actors page.'),
  /** One or two sentences: what they do in these talks. */
  summary: z.string().min(1).describe('One or two sentences: what they do in these talks.'),
  /** Their position in these talks as the sources state it, in one or two sentences. */
  position: z
    .string()
    .min(1)
    .describe('Their position in these talks as the sources state it, in one or two sentences.'),
  /** Other spellings readers may search for: "Zelensky", "Zelenskiy". Default: none. */
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Other spellings readers may search for: "Zelensky", "Zelenskiy". Default: none.'),
  /** Ids of actors they negotiate or talk with directly in the sources. Default: none. */
  talksWith: z
    .array(IdSchema)
    .default([])
    .describe('Ids of actors they negotiate or talk with directly in the sources. Default: none.'),
  /** What they said, attributed and sourced. Default: none. */
  quotes: z
    .array(QuoteSchema)
    .default([])
    .describe('What they said, attributed and sourced. Default: none.'),
  /** The source ids for the summary and position. */
  sources: SourceIdsSchema.describe('The source ids for the summary and position.'),
});

/** An event: one file in `content/events/`. Its file name is its id. */
export const EventSchema = z.strictObject({
  /** What happened, as a short headline: "Geneva talks revise the plan". */
  title: z
    .string()
    .min(1)
    .describe('What happened, as a short headline: "Geneva talks revise the plan".'),
  /** The day it happened or began, YYYY-MM-DD. For a week or month, its first day. */
  date: IsoDateSchema.describe(
    'The day it happened or began, YYYY-MM-DD. For a week or month, its first day.',
  ),
  /** The last day, for an event over several days. Optional. */
  endDate: IsoDateSchema.optional().describe(
    'The last day, for an event over several days. Optional.',
  ),
  /** How precisely the date is known: `day`, `week` or `month`. Default: `day`. */
  precision: z
    .enum(PRECISIONS)
    .default('day')
    .describe('How precisely the date is known: day, week or month. Default: day.'),
  /** Where it happened. Optional. */
  place: z.string().min(1).optional().describe('Where it happened. Optional.'),
  /** Ids of the places in content/places/ where it happened; the maps are drawn from them. Default: none. */
  places: PlaceIdsSchema.describe(
    'Ids of the places in content/places/ where it happened; the maps are drawn from them. Default: none.',
  ),
  /** The track it belongs to, used to group events in diagrams. */
  track: z
    .enum(TRACKS, { error: `Use one of the tracks: ${TRACKS.join(', ')}.` })
    .describe('The track it belongs to, used to group events in diagrams.'),
  /** Ids of the actors involved. Default: none. */
  actors: z.array(IdSchema).default([]).describe('Ids of the actors involved. Default: none.'),
  /** One or two sentences on what happened, in our own words. */
  summary: z.string().min(1).describe('One or two sentences on what happened, in our own words.'),
  /** How sure the sources are. Default: `reported`. */
  status: StatusSchema.default('reported').describe('How sure the sources are. Default: reported.'),
  /** The source ids. */
  sources: SourceIdsSchema.describe('The source ids.'),
});

/** A side's position on a provision, as the sources state it. */
export const PositionSchema = z.strictObject({
  /** The actor id whose position this is. */
  actor: IdSchema.describe('The actor id whose position this is.'),
  /** Their position, in our own words. */
  position: z.string().min(1).describe('Their position, in our own words.'),
  /** The source ids. */
  sources: SourceIdsSchema.describe('The source ids.'),
});

/** A provision of the plan: one file in `content/provisions/`. Its file name is its id. */
export const ProvisionSchema = z.strictObject({
  /** A short name: "Cap on Ukraine's armed forces". */
  title: z.string().min(1).describe('A short name: "Cap on Ukraine\'s armed forces".'),
  /** Where it sits in the tracker, from 1. */
  order: z.number().int().positive().describe('Where it sits in the tracker, from 1.'),
  /** The topic it is filed under. */
  topic: z
    .enum(TOPICS, { error: `Use one of the topics: ${TOPICS.join(', ')}.` })
    .describe('The topic it is filed under.'),
  /** What the leaked draft reportedly said, in our own words. */
  original: z.string().min(1).describe('What the leaked draft reportedly said, in our own words.'),
  /** What is reported of its form after the Geneva talks. Default: not reported. */
  revision: z
    .string()
    .min(1)
    .default('Not reported in the sources.')
    .describe('What is reported of its form after the Geneva talks. Default: not reported.'),
  /** How sure the sources are about this provision. */
  status: StatusSchema.describe('How sure the sources are about this provision.'),
  /** The positions of the sides, where the sources state them. Default: none. */
  positions: z
    .array(PositionSchema)
    .default([])
    .describe('The positions of the sides, where the sources state them. Default: none.'),
  /** The source ids. */
  sources: SourceIdsSchema.describe('The source ids.'),
});

/** A glossary term: one file in `content/glossary/`. Its file name is its id. */
export const TermSchema = z.strictObject({
  /** The term as the site writes it: "Donbas". */
  term: z.string().min(1).describe('The term as the site writes it: "Donbas".'),
  /** Other names and spellings: "Donbass". Default: none. */
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Other names and spellings: "Donbass". Default: none.'),
  /** A short definition for a general reader, one or two sentences. */
  definition: z
    .string()
    .min(1)
    .describe('A short definition for a general reader, one or two sentences.'),
  /** The id of the place in content/places/ that the term names, when it names one. Optional. */
  place: IdSchema.optional().describe(
    'The id of the place in content/places/ that the term names, when it names one. Optional.',
  ),
  /** The source ids. */
  sources: SourceIdsSchema.describe('The source ids.'),
});

/** The frontmatter of an explainer page: one `.mdx` or `.md` file in `content/pages/`. */
export const PageSchema = z.strictObject({
  /** The page title, shown as its only <h1>. */
  title: z.string().min(1).describe('The page title, shown as its only <h1>.'),
  /** One sentence for search engines and link previews, at most 200 characters. */
  description: z
    .string()
    .min(1)
    .max(200, 'Keep the description under 200 characters.')
    .describe('One sentence for search engines and link previews, at most 200 characters.'),
  /** The "in brief" paragraph shown at the top of the page. */
  summary: z.string().min(1).describe('The "in brief" paragraph shown at the top of the page.'),
  /** A short label for menus: "The plan". Default: the title. */
  navLabel: z
    .string()
    .min(1)
    .optional()
    .describe('A short label for menus: "The plan". Default: the title.'),
  /** Position in the reading order (prev/next links and the main menu), from 0 for home. Pages without it are outside the reading order. */
  order: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe(
      'Position in the reading order (prev/next links and the main menu), from 0 for home. Pages without it are outside the reading order.',
    ),
  /** Show in the header's main menu. Default: false. */
  inNav: z.boolean().default(false).describe("Show in the header's main menu. Default: false."),
  /** The day this page last changed, YYYY-MM-DD. */
  updated: IsoDateSchema.describe('The day this page last changed, YYYY-MM-DD.'),
  /** Actor ids this page is about, listed as related. Default: none. */
  relatedActors: z
    .array(IdSchema)
    .default([])
    .describe('Actor ids this page is about, listed as related. Default: none.'),
  /** Page ids to suggest next to readers. Default: none. */
  relatedPages: z
    .array(IdSchema)
    .default([])
    .describe('Page ids to suggest next to readers. Default: none.'),
  /** Place ids (content/places/) this page is about. Default: none. */
  relatedPlaces: PlaceIdsSchema.describe(
    'Place ids (content/places/) this page is about. Default: none.',
  ),
});

/** A dated note to readers: one `.md` file in `content/updates/`. Its file name is its id. */
export const UpdateSchema = z.strictObject({
  /** A short headline for the change. */
  title: z.string().min(1).describe('A short headline for the change.'),
  /** The day of the change, YYYY-MM-DD. */
  date: IsoDateSchema.describe('The day of the change, YYYY-MM-DD.'),
  /** Ids of the pages the change touched. Default: none. */
  pages: z
    .array(IdSchema)
    .default([])
    .describe('Ids of the pages the change touched. Default: none.'),
});

// ---------------------------------------------------------------------------------------------
// Places: the maps' contract (src/maps/ draws them). Kept together here, apart from the rest.
// ---------------------------------------------------------------------------------------------

/** What kind of place an entry is: a city is a point on the maps, a country a shape. */
export const PLACE_KINDS = ['city', 'region', 'country'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A position on the globe, in decimal degrees, copied from the reference named in `sources`. */
export const CoordinatesSchema = z.strictObject({
  /** Latitude, north positive: 50.45466. */
  lat: z
    .number()
    .min(-90)
    .max(90)
    .describe('Latitude in decimal degrees, north positive: 50.45466.'),
  /** Longitude, east positive: 30.5238. */
  lon: z
    .number()
    .min(-180)
    .max(180)
    .describe('Longitude in decimal degrees, east positive: 30.5238.'),
});

/** A place: one file in `content/places/`. Its file name is its id. */
export const PlaceSchema = z.strictObject({
  /** The English name, as the site writes it and the maps label it: "Kyiv". */
  name: z
    .string()
    .min(1)
    .describe('The English name, as the site writes it and the maps label it: "Kyiv".'),
  /** The Ukrainian name, for the maps of the Ukrainian edition: "Київ". */
  nameUk: z
    .string()
    .min(1)
    .describe('The Ukrainian name, for the maps of the Ukrainian edition: "Київ".'),
  /** Other spellings readers may know: "Kiev". Default: none. */
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Other spellings readers may know: "Kiev". Default: none.'),
  /** `city` (a point, needs `coordinates`), `region` (not drawn) or `country` (needs `atlasId`). */
  kind: z
    .enum(PLACE_KINDS, { error: `Use one of the kinds: ${PLACE_KINDS.join(', ')}.` })
    .describe('city (a point, needs coordinates), region (not drawn) or country (needs atlasId).'),
  /** The country it is in, as an ISO 3166-1 two-letter code: "UA". */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Use the two-letter ISO 3166-1 code in capitals, like "UA".')
    .describe('The country it is in, as an ISO 3166-1 two-letter code: "UA".'),
  /** The id of the place (region or country) it belongs to, in content/places/. Optional. */
  region: IdSchema.optional().describe(
    'The id of the place (region or country) it belongs to, in content/places/. Optional.',
  ),
  /** A city's position, copied from the geographic reference in `sources`. Required for a city. */
  coordinates: CoordinatesSchema.optional().describe(
    "A city's position, copied from the geographic reference in sources. Required for a city.",
  ),
  /** A country's ISO 3166-1 numeric code, which names its shape in the map data: "804". */
  atlasId: z
    .string()
    .regex(/^\d{3}$/, 'Use the three-digit ISO 3166-1 numeric code, like "804".')
    .optional()
    .describe(
      'A country\'s ISO 3166-1 numeric code, which names its shape in the map data: "804".',
    ),
  /** One sentence on what the sources say happens there. */
  note: z.string().min(1).describe('One sentence on what the sources say happens there.'),
  /** The source ids: the news sources for the note and the reference for the position. */
  sources: SourceIdsSchema.describe(
    'The source ids: the news sources for the note and the reference for the position.',
  ),
});

export type Place = z.infer<typeof PlaceSchema>;
export type Coordinates = z.infer<typeof CoordinatesSchema>;

export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Provision = z.infer<typeof ProvisionSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Update = z.infer<typeof UpdateSchema>;
