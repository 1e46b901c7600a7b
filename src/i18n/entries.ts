/**
 * Entries in the reader's language, for pages and components. A translated entry is its English
 * entry with the translated fields laid over it, so ids, dates, sides, statuses and sources are
 * always the English ones; an entry not yet translated is the English entry, marked as such, so
 * the Ukrainian edition shows it in English with a notice and never misses it.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { splitFrontmatter } from '../collections/yaml-source.ts';
import { bodyBlocks } from './blocks.ts';
import { fingerprint } from './fingerprint.ts';
import { SOURCE_LOCALE } from './locales.ts';
import { overlay } from './overlay.ts';
import { STAMP_FIELD } from './translatable.ts';

/** How an entry stands in the language it is shown in. */
export interface TranslationState {
  /** The language the entry is shown in. */
  code: string;
  /**
   * `source`: English, shown in English. `translated`: up to date. `stale`: translated, but the
   * English changed since. `untranslated`: shown in English in another language's edition.
   */
  status: 'source' | 'translated' | 'stale' | 'untranslated';
  /** The English data, for what a reader may want in the original (quotations). */
  english: Record<string, unknown>;
  /** The translated page or update to render, in place of the English one. */
  rendered?: CollectionEntry<'translatedPages'>;
}

/** An entry with its language state. */
export type Localised<T> = T & { translation: TranslationState };

type Translatable = {
  id: string;
  collection: string;
  data: object;
  body?: string | undefined;
  filePath?: string | undefined;
  digest?: string | number | undefined;
};

/**
 * The fingerprint hash of each English entry, by entry and content digest. Every page's header
 * asks for the pages in its language, so without it each page would parse every body again.
 */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hashes = new Map<string, string>();

/**
 * An entry's Markdown body. The pages' collections keep none in Astro's content store (their
 * loaders set `retainBody: false` in src/content.config.ts: every page's text would otherwise be
 * carried through the bundle in one module), so it is read from the entry's file, as the content
 * reader reads it.
 */
function bodyOf(entry: Translatable): string | undefined {
  if (entry.body !== undefined || !entry.filePath || !/\.mdx?$/.test(entry.filePath)) {
    return entry.body;
  }
  return splitFrontmatter(readFileSync(entry.filePath, 'utf8')).body;
}

function currentHash(entry: Translatable): string {
  const key = `${entry.collection}/${entry.id}/${entry.digest ?? ''}`;
  let hash = entry.digest === undefined ? undefined : hashes.get(key);
  if (hash === undefined) {
    const mdx = entry.filePath?.endsWith('.mdx') ?? true;
    const body = bodyOf(entry);
    const blocks = body === undefined ? undefined : bodyBlocks(body, { mdx });
    hash = fingerprint(entry.collection, entry.data as Record<string, unknown>, blocks).hash;
    if (entry.digest !== undefined) hashes.set(key, hash);
  }
  return hash;
}

let translations:
  | Promise<
      Map<string, { data: Record<string, unknown>; page?: CollectionEntry<'translatedPages'> }>
    >
  | undefined;

/** Every translation, by "collection/code/id". Read once per build. */
function allTranslations() {
  translations ??= (async () => {
    const found = new Map<
      string,
      { data: Record<string, unknown>; page?: CollectionEntry<'translatedPages'> }
    >();
    for (const entry of await getCollection('translatedData')) {
      found.set(entry.id, { data: entry.data as Record<string, unknown> });
    }
    for (const page of await getCollection('translatedPages')) {
      found.set(page.id, { data: page.data as Record<string, unknown>, page });
    }
    return found;
  })();
  // In `astro dev` content changes while the server runs; read again next time.
  if (import.meta.env.DEV) {
    const current = translations;
    translations = undefined;
    return current;
  }
  return translations;
}

/** The entries of one collection in a language, each with its translation state. */
export async function localise<T extends Translatable>(
  entries: readonly T[],
  code: string = SOURCE_LOCALE.code,
): Promise<Localised<T>[]> {
  if (code === SOURCE_LOCALE.code) {
    return entries.map((entry) => ({
      ...entry,
      translation: { code, status: 'source', english: entry.data as Record<string, unknown> },
    }));
  }
  const found = await allTranslations();
  return entries.map((entry) => {
    const english = entry.data as Record<string, unknown>;
    const translation = found.get(`${entry.collection}/${code}/${entry.id}`);
    if (!translation) {
      return { ...entry, translation: { code, status: 'untranslated', english } };
    }
    const recorded = translation.data[STAMP_FIELD];
    const stale = !isRecord(recorded) || recorded['hash'] !== currentHash(entry);
    return {
      ...entry,
      data: overlay(entry.collection, english, translation.data) as T['data'],
      translation: {
        code,
        status: stale ? 'stale' : 'translated',
        english,
        ...(translation.page ? { rendered: translation.page } : {}),
      },
    };
  });
}

/** Render a page or an update in its language: its translation where there is one. */
export function renderLocalised(
  entry: Localised<CollectionEntry<'pages'> | CollectionEntry<'updates'>>,
): ReturnType<typeof render> {
  return render(entry.translation.rendered ?? entry);
}
