/**
 * The content collections, loaded from the top-level content/ folder.
 *
 * The schemas live in src/collections/schemas.ts and the list of collections in
 * src/collections/registry.ts, so that the content reader, the check and the tests use them
 * without Astro (a test keeps this file and the registry in step). Cross-references between collections (an event's actors, a provision's
 * sources) are checked by the content check, which runs before the build loads anything and can
 * name the file and line of a bad id.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
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
} from './collections/schemas.ts';

/** One entry per YAML file; the file name (without extension) is the entry's id. */
const yamlFolder = (folder: string) =>
  glob({ base: `./content/${folder}`, pattern: '*.{yaml,yml}' });

/** A translation's id is its path without the extension: "pages/uk/index", never "pages/uk". */
const translationId = ({ entry }: { entry: string }) => entry.replace(/\.[a-z]+$/, '');

export const collections = {
  /**
   * Explainer pages, in MDX or Markdown. Their text is not kept in the content store (`retainBody`):
   * MDX pages render from their own modules, and the translation check reads a body from its file
   * (src/i18n/entries.ts), so a copy would only be carried through the bundle.
   */
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*.{md,mdx}', retainBody: false }),
    schema: PageSchema,
  }),
  /** People and bodies. */
  actors: defineCollection({ loader: yamlFolder('actors'), schema: ActorSchema }),
  /** Dated events. */
  events: defineCollection({ loader: yamlFolder('events'), schema: EventSchema }),
  /** The plan's known provisions. */
  provisions: defineCollection({ loader: yamlFolder('provisions'), schema: ProvisionSchema }),
  /** Every source the site cites. */
  sources: defineCollection({ loader: yamlFolder('sources'), schema: SourceSchema }),
  /** Terms a general reader may not know. */
  glossary: defineCollection({ loader: yamlFolder('glossary'), schema: TermSchema }),
  /** The rows of the positions matrix. */
  issues: defineCollection({ loader: yamlFolder('issues'), schema: IssueSchema }),
  /** Places the maps show: cities, regions and countries (src/maps/ draws them). */
  places: defineCollection({ loader: yamlFolder('places'), schema: PlaceSchema }),
  /** Dated notes to readers about what changed. */
  updates: defineCollection({
    loader: glob({ base: './content/updates', pattern: '*.md' }),
    schema: UpdateSchema,
  }),
  /**
   * Translations of pages and updates: content/{pages,updates}/<language>/<id>.mdx, with ids such
   * as "pages/uk/the-plan". The content check validates them against their English entries.
   */
  translatedPages: defineCollection({
    loader: glob({
      base: './content',
      pattern: '{pages,updates}/*/*.{md,mdx}',
      generateId: translationId,
      retainBody: false,
    }),
    schema: z.record(z.string(), z.unknown()),
  }),
  /** Translations of the YAML collections: content/<collection>/<language>/<id>.yaml. */
  translatedData: defineCollection({
    loader: glob({
      base: './content',
      pattern: '{actors,events,provisions,sources,glossary,issues,places}/*/*.{yaml,yml}',
      generateId: translationId,
    }),
    schema: z.record(z.string(), z.unknown()),
  }),
};
