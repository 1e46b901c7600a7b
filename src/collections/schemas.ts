/**
 * The content schemas: the contract between contributors and the site.
 *
 * Each collection in `content/` is validated twice with these schemas: once by the content reader
 * (which knows file names and line numbers, so the check's errors can point at the exact place to
 * fix), and once by Astro's content layer when it loads the entries. Each field is described once,
 * in its `.describe()`: the check quotes it in its messages, and README.md's field tables are
 * generated from it (`npm run readme:fields`; a test fails when README.md is out of date).
 *
 * This module is pure: no `astro:*` imports, so tests and the content check can use it directly.
 */
import { z } from 'astro/zod';

import {
  ID_HINT,
  ID_PATTERN,
  PLACE_KINDS,
  PRECISIONS,
  SIDES,
  SOURCE_KINDS,
  STATUS_WORDS,
  TOPICS,
  TRACKS,
} from '../shared/vocabulary.ts';

export {
  PLACE_KINDS,
  PRECISIONS,
  SIDES,
  SOURCE_KINDS,
  STATUS_WORDS,
  TOPICS,
  TRACKS,
  type PlaceKind,
  type Side,
  type StatusWord,
} from '../shared/vocabulary.ts';

/** An id: lower-case words joined by hyphens, as used in file names. */
export const IdSchema = z.string().regex(ID_PATTERN, ID_HINT);

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
  outlet: z.string().min(1).describe('The publication, as readers know it: "The News Capital".'),
  title: z.string().min(1).describe('The headline or title of the piece.'),
  url: z
    .url({ protocol: /^https?$/, error: 'Give the full address, starting with https://.' })
    .describe('Where to read it. Must be an absolute http(s) URL.'),
  published: IsoDateSchema.optional().describe(
    'The day it was published, YYYY-MM-DD. Leave it out when the day is not known: never guess it.',
  ),
  kind: z
    .enum(SOURCE_KINDS)
    .describe(
      'A news report (the article the site is built from), a background report (context facts) or a map reference (the geographic data the maps are drawn from, never cited for news).',
    ),
  relays: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Other outlets or people whose reporting this source relays, e.g. "NBC News (a US official)". Default: none.',
    ),
  note: z
    .string()
    .optional()
    .describe('A short note on what this source is used for on the site. Optional.'),
});

/** A quotation of an actor, attributed and sourced. */
export const QuoteSchema = z.strictObject({
  id: IdSchema.describe(
    'An id for the quote, unique within the actor, used as its #anchor: "truth-social-progress".',
  ),
  text: z
    .string()
    .min(1)
    .describe('The words, exactly as the source quotes them, without surrounding quotation marks.'),
  context: z
    .string()
    .min(1)
    .describe(
      'Where and when it was said, in a few words: "on Truth Social", "to reporters aboard Air Force One".',
    ),
  date: IsoDateSchema.describe('The day it was said or published, YYYY-MM-DD.'),
  sources: SourceIdsSchema.describe('The source ids that report it.'),
});

/** An actor: a person or a body, one file in `content/actors/`. Its file name is its id. */
export const ActorSchema = z.strictObject({
  name: z.string().min(1).describe('The name as the site writes it: "Volodymyr Zelenskyy".'),
  kind: z
    .enum(['person', 'body'])
    .describe('A person, or a body (a government, ministry, alliance or group).'),
  role: z
    .string()
    .min(1)
    .describe('Their office or description in a few words: "US special envoy".'),
  side: z
    .enum(SIDES, { error: `Use one of the sides: ${SIDES.join(', ')}.` })
    .describe('Which side they are grouped under on the actors page.'),
  summary: z.string().min(1).describe('One or two sentences: what they do in these talks.'),
  position: z
    .string()
    .min(1)
    .describe('Their position in these talks as the sources state it, in one or two sentences.'),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Other spellings readers may search for: "Zelensky", "Zelenskiy". Default: none.'),
  talksWith: z
    .array(IdSchema)
    .default([])
    .describe('Ids of actors they negotiate or talk with directly in the sources. Default: none.'),
  quotes: z
    .array(QuoteSchema)
    .default([])
    .describe('What they said, attributed and sourced. Default: none.'),
  sources: SourceIdsSchema.describe('The source ids for the summary and position.'),
});

/** An event: one file in `content/events/`. Its file name is its id. */
export const EventSchema = z.strictObject({
  title: z
    .string()
    .min(1)
    .describe('What happened, as a short headline: "Geneva talks revise the plan".'),
  date: IsoDateSchema.describe(
    'The day it happened or began, YYYY-MM-DD. For a week or month, its first day.',
  ),
  endDate: IsoDateSchema.optional().describe(
    'The last day, for an event over several days. Optional.',
  ),
  precision: z
    .enum(PRECISIONS)
    .default('day')
    .describe('How precisely the date is known. Default: day.'),
  place: z.string().min(1).optional().describe('Where it happened. Optional.'),
  places: PlaceIdsSchema.describe(
    'Ids of the places in content/places/ where it happened; the maps are drawn from them. Default: none.',
  ),
  track: z
    .enum(TRACKS, { error: `Use one of the tracks: ${TRACKS.join(', ')}.` })
    .describe('The track it belongs to, used to group events in diagrams.'),
  actors: z.array(IdSchema).default([]).describe('Ids of the actors involved. Default: none.'),
  summary: z.string().min(1).describe('One or two sentences on what happened, in our own words.'),
  status: StatusSchema.default('reported').describe('How sure the sources are. Default: reported.'),
  sources: SourceIdsSchema.describe('The source ids.'),
});

/** A side's position on a provision, as the sources state it. */
export const PositionSchema = z.strictObject({
  actor: IdSchema.describe('The actor id whose position this is.'),
  position: z.string().min(1).describe('Their position, in our own words.'),
  sources: SourceIdsSchema.describe('The source ids.'),
});

/** A provision of the plan: one file in `content/provisions/`. Its file name is its id. */
export const ProvisionSchema = z.strictObject({
  title: z.string().min(1).describe('A short name: "Cap on Ukraine\'s armed forces".'),
  order: z.number().int().positive().describe('Where it sits in the tracker, from 1.'),
  topic: z
    .enum(TOPICS, { error: `Use one of the topics: ${TOPICS.join(', ')}.` })
    .describe('The topic it is filed under.'),
  original: z.string().min(1).describe('What the leaked draft reportedly said, in our own words.'),
  revision: z
    .string()
    .min(1)
    .default('Not reported in the sources.')
    .describe('What is reported of its form after the Geneva talks. Default: not reported.'),
  status: StatusSchema.describe('How sure the sources are about this provision.'),
  positions: z
    .array(PositionSchema)
    .default([])
    .describe('The positions of the sides, where the sources state them. Default: none.'),
  sources: SourceIdsSchema.describe('The source ids.'),
});

/** A glossary term: one file in `content/glossary/`. Its file name is its id. */
export const TermSchema = z.strictObject({
  term: z.string().min(1).describe('The term as the site writes it: "Donbas".'),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Other names and spellings: "Donbass". Default: none.'),
  definition: z
    .string()
    .min(1)
    .describe('A short definition for a general reader, one or two sentences.'),
  place: IdSchema.optional().describe(
    'The id of the place in content/places/ that the term names, when it names one. Optional.',
  ),
  sources: SourceIdsSchema.describe('The source ids.'),
});

/** The frontmatter of an explainer page: one `.mdx` or `.md` file in `content/pages/`. */
export const PageSchema = z.strictObject({
  title: z.string().min(1).describe('The page title, shown as the page’s only top-level heading.'),
  description: z
    .string()
    .min(1)
    .max(200, 'Keep the description under 200 characters.')
    .describe('One sentence for search engines and link previews, at most 200 characters.'),
  summary: z.string().min(1).describe('The "in brief" paragraph shown at the top of the page.'),
  navLabel: z
    .string()
    .min(1)
    .optional()
    .describe('A short label for menus: "The plan". Default: the title.'),
  order: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe(
      'Position in the reading order (prev/next links and the main menu), from 0 for home. Pages without it are outside the reading order.',
    ),
  inNav: z.boolean().default(false).describe("Show in the header's main menu. Default: false."),
  updated: IsoDateSchema.describe('The day this page last changed, YYYY-MM-DD.'),
  relatedActors: z
    .array(IdSchema)
    .default([])
    .describe('Actor ids this page is about, listed as related. Default: none.'),
  relatedPages: z
    .array(IdSchema)
    .default([])
    .describe('Page ids to suggest next to readers. Default: none.'),
  relatedPlaces: PlaceIdsSchema.describe(
    'Place ids (content/places/) this page is about. Default: none.',
  ),
});

/** A dated note to readers: one `.md` file in `content/updates/`. Its file name is its id. */
export const UpdateSchema = z.strictObject({
  title: z.string().min(1).describe('A short headline for the change.'),
  date: IsoDateSchema.describe('The day of the change, YYYY-MM-DD.'),
  pages: z
    .array(IdSchema)
    .default([])
    .describe('Ids of the pages the change touched. Default: none.'),
});

/**
 * An issue of the positions matrix: one file in `content/issues/`, its file name the row's id
 * (the row's #anchor is `issue-<id>`). It maps content entries to the row; it holds no positions
 * of its own, so every word a cell shows comes from content/provisions/ or content/actors/.
 */
export const IssueSchema = z.strictObject({
  label: z.string().min(1).describe('The issue, as readers know it: "NATO membership".'),
  order: z.number().int().positive().describe('Its row in the matrix, from 1.'),
  provisions: z
    .array(IdSchema)
    .default([])
    .describe('Provision ids whose positions fill the row. Default: none.'),
  quotes: z
    .array(
      z
        .string()
        .regex(
          new RegExp(`^${ID_PATTERN.source.slice(1, -1)}/${ID_PATTERN.source.slice(1, -1)}$`),
          'Write a quotation as actor-id/quote-id, like "donald-trump/air-force-one-good-deal".',
        ),
    )
    .default([])
    .describe('Quotations that fill the row, each as actor-id/quote-id. Default: none.'),
  events: z
    .array(IdSchema)
    .default([])
    .describe('Event ids linked from the row as background, never as a position. Default: none.'),
});

// ---------------------------------------------------------------------------------------------
// Places: the maps' contract (src/maps/ draws them). Kept together here, apart from the rest.
// ---------------------------------------------------------------------------------------------

/** A position on the globe, in decimal degrees, copied from the reference named in `sources`. */
export const CoordinatesSchema = z.strictObject({
  lat: z
    .number()
    .min(-90)
    .max(90)
    .describe('Latitude in decimal degrees, north positive: 50.45466.'),
  lon: z
    .number()
    .min(-180)
    .max(180)
    .describe('Longitude in decimal degrees, east positive: 30.5238.'),
});

/** A place: one file in `content/places/`. Its file name is its id. */
export const PlaceSchema = z.strictObject({
  name: z.string().min(1).describe('The name as the site writes it and the maps label it: "Kyiv".'),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Other spellings readers may know: "Kiev". Default: none.'),
  kind: z
    .enum(PLACE_KINDS, { error: `Use one of the kinds: ${PLACE_KINDS.join(', ')}.` })
    .describe(
      'A city (a point, needs coordinates), a region (not drawn) or a country (a shape, needs atlasId).',
    ),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Use the two-letter ISO 3166-1 code in capitals, like "UA".')
    .describe('The country it is in, as an ISO 3166-1 two-letter code: "UA".'),
  region: IdSchema.optional().describe(
    'The id of the place (region or country) it belongs to, in content/places/. Optional.',
  ),
  coordinates: CoordinatesSchema.optional().describe(
    "A city's position, lat and lon in decimal degrees, copied from the geographic reference in sources. Required for a city.",
  ),
  atlasId: z
    .string()
    .regex(/^\d{3}$/, 'Use the three-digit ISO 3166-1 numeric code, like "804".')
    .optional()
    .describe(
      'A country\'s ISO 3166-1 numeric code, which names its shape in the map data: "804".',
    ),
  note: z.string().min(1).describe('One sentence on what the sources say happens there.'),
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
export type Issue = z.infer<typeof IssueSchema>;
