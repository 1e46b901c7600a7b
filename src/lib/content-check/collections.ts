/**
 * The collections the check reads, mirroring src/content.config.ts, and the references between
 * them (which fields hold ids of which collection).
 */
import type { z } from 'astro/zod';
import {
  ActorSchema,
  EventSchema,
  PageSchema,
  PlaceSchema,
  ProvisionSchema,
  SourceSchema,
  TermSchema,
  UpdateSchema,
} from '../schemas.ts';

/** The name of a collection, which is also its folder in content/. */
export type CollectionName =
  'sources' | 'places' | 'actors' | 'events' | 'provisions' | 'glossary' | 'pages' | 'updates';

/** How a collection is stored and what one of its entries is called in messages. */
export interface CollectionSpec {
  name: CollectionName;
  /** File extensions its entries may have. */
  extensions: readonly string[];
  /** Whether entries are Markdown with frontmatter (else a YAML file). */
  markdown: boolean;
  schema: z.ZodType;
  /** One entry, with its article: "an actor". */
  noun: string;
}

const YAML = ['.yaml', '.yml'] as const;

/** Every collection, in the order their problems are easiest to fix (sources first). */
export const COLLECTIONS: readonly CollectionSpec[] = [
  { name: 'sources', extensions: YAML, markdown: false, schema: SourceSchema, noun: 'a source' },
  { name: 'places', extensions: YAML, markdown: false, schema: PlaceSchema, noun: 'a place' },
  { name: 'actors', extensions: YAML, markdown: false, schema: ActorSchema, noun: 'an actor' },
  { name: 'events', extensions: YAML, markdown: false, schema: EventSchema, noun: 'an event' },
  {
    name: 'provisions',
    extensions: YAML,
    markdown: false,
    schema: ProvisionSchema,
    noun: 'a provision',
  },
  {
    name: 'glossary',
    extensions: YAML,
    markdown: false,
    schema: TermSchema,
    noun: 'a glossary term',
  },
  {
    name: 'pages',
    extensions: ['.md', '.mdx'],
    markdown: true,
    schema: PageSchema,
    noun: 'a page',
  },
  { name: 'updates', extensions: ['.md'], markdown: true, schema: UpdateSchema, noun: 'an update' },
];

/** A field holding ids of another collection. `*` stands for every item of a list. */
export interface Reference {
  from: CollectionName;
  path: readonly (string | '*')[];
  to: CollectionName;
}

/** Every cross-reference the check follows. */
export const REFERENCES: readonly Reference[] = [
  { from: 'actors', path: ['talksWith', '*'], to: 'actors' },
  { from: 'actors', path: ['sources', '*'], to: 'sources' },
  { from: 'actors', path: ['quotes', '*', 'sources', '*'], to: 'sources' },
  { from: 'events', path: ['actors', '*'], to: 'actors' },
  { from: 'events', path: ['sources', '*'], to: 'sources' },
  { from: 'provisions', path: ['positions', '*', 'actor'], to: 'actors' },
  { from: 'provisions', path: ['positions', '*', 'sources', '*'], to: 'sources' },
  { from: 'provisions', path: ['sources', '*'], to: 'sources' },
  { from: 'glossary', path: ['sources', '*'], to: 'sources' },
  { from: 'pages', path: ['relatedActors', '*'], to: 'actors' },
  { from: 'pages', path: ['relatedPages', '*'], to: 'pages' },
  { from: 'updates', path: ['pages', '*'], to: 'pages' },
  // Places: what the maps are drawn from.
  { from: 'places', path: ['region'], to: 'places' },
  { from: 'places', path: ['sources', '*'], to: 'sources' },
  { from: 'events', path: ['places', '*'], to: 'places' },
  { from: 'glossary', path: ['place'], to: 'places' },
  { from: 'pages', path: ['relatedPlaces', '*'], to: 'places' },
];
