/**
 * The collections of content/: each one's folder, file kinds and schema, and the references
 * between them (which fields hold ids of which collection). The reader, the content check, the
 * README's field tables and src/content.config.ts all take their list from here.
 */
import type { z } from 'astro/zod';
import {
  ActorSchema,
  EventSchema,
  IssueSchema,
  PageSchema,
  PlaceSchema,
  ProvisionSchema,
  SourceSchema,
  TermSchema,
  UpdateSchema,
} from './schemas.ts';
import { TRANSLATION_CODES } from '../i18n/locales.ts';

/** Every collection's schema, by name (which is also its folder in content/). */
export const SCHEMAS = {
  sources: SourceSchema,
  places: PlaceSchema,
  actors: ActorSchema,
  events: EventSchema,
  provisions: ProvisionSchema,
  glossary: TermSchema,
  issues: IssueSchema,
  pages: PageSchema,
  updates: UpdateSchema,
} as const;

/** The name of a collection, which is also its folder in content/. */
export type CollectionName = keyof typeof SCHEMAS;

/** The validated data of one entry of a collection. */
export type EntryData<C extends CollectionName> = z.output<(typeof SCHEMAS)[C]>;

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
  /** What the folder holds, for the README: "people and bodies". */
  title: string;
}

const YAML = ['.yaml', '.yml'] as const;

const spec = (
  name: CollectionName,
  noun: string,
  title: string,
  extensions: readonly string[] = YAML,
): CollectionSpec => ({
  name,
  extensions,
  markdown: extensions !== YAML,
  schema: SCHEMAS[name],
  noun,
  title,
});

/** Every collection, in the order their problems are easiest to fix (sources first). */
export const COLLECTIONS: readonly CollectionSpec[] = [
  spec('sources', 'a source', 'sources'),
  spec('places', 'a place', 'the places on the maps'),
  spec('actors', 'an actor', 'people and bodies'),
  spec('events', 'an event', 'dated events'),
  spec('provisions', 'a provision', "the plan's provisions"),
  spec('glossary', 'a glossary term', 'terms'),
  spec('issues', 'an issue', 'the rows of the positions matrix'),
  spec('pages', 'a page', 'explainer pages', ['.md', '.mdx']),
  spec('updates', 'an update', 'what changed', ['.md']),
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
  { from: 'issues', path: ['provisions', '*'], to: 'provisions' },
  { from: 'issues', path: ['events', '*'], to: 'events' },
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

/**
 * Subfolders of a collection that hold translations (`content/pages/uk/the-plan.mdx`), not
 * entries: the reader leaves them to the languages feature, which reads them beside the English.
 */
export const TRANSLATION_FOLDERS: readonly string[] = TRANSLATION_CODES;
