/**
 * A translated entry's data: the translated fields laid over the English data, so everything a
 * translation does not carry (dates, ids, links, statuses) comes from the English. Pure, for the
 * content layer (entries.ts) and for the Markdown plugins, which read files themselves
 * (readLocalisedCollection).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readContentDir, readCollection } from '../collections/reader.ts';
import type { CollectionName, EntryData } from '../collections/registry.ts';
import { SOURCE_LOCALE } from './locales.ts';
import { TRANSLATABLE } from './translatable.ts';
import { readTranslations } from './translations.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pick = (from: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => from[f] !== undefined).map((f) => [f, from[f]]));

/** Lay the translated fields over the English data, list items matched by their key. */
export function overlay(
  collection: string,
  english: Record<string, unknown>,
  translated: Record<string, unknown>,
): Record<string, unknown> {
  const spec = TRANSLATABLE[collection];
  if (!spec) return english;
  const data: Record<string, unknown> = { ...english };
  for (const field of [...spec.fields, ...(spec.stringLists ?? []), ...(spec.own ?? [])]) {
    if (translated[field] !== undefined) data[field] = translated[field];
  }
  for (const [field, list] of Object.entries(spec.lists ?? {})) {
    const items = english[field];
    const theirs = translated[field];
    if (!Array.isArray(items) || !Array.isArray(theirs)) continue;
    data[field] = items.map((item: Record<string, unknown>) => {
      const match = theirs.find((t) => isRecord(t) && t[list.key] === item[list.key]);
      return isRecord(match) ? { ...item, ...pick(match, list.fields) } : item;
    });
  }
  return data;
}

/**
 * The valid entries of one collection in a language, by id: the English data with each
 * translation in `code` laid over it (readCollection() for English). An entry with no
 * translation stays in English, as the edition shows it.
 */
export function readLocalisedCollection<C extends CollectionName>(
  dir: string,
  collection: C,
  code: string,
): Map<string, EntryData<C>> {
  const english = readCollection(dir, collection);
  if (code === SOURCE_LOCALE.code) return english;
  const { translations } = readTranslations(readContentDir(dir, [collection]));
  for (const translation of translations) {
    const entry = english.get(translation.id);
    if (translation.code !== code || !entry) continue;
    english.set(
      translation.id,
      overlay(collection, entry as Record<string, unknown>, translation.data) as EntryData<C>,
    );
  }
  return english;
}

/** The names and modification times of every file under a folder: changes when any file does. */
function folderSignature(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => `${file}:${statSync(join(dir, file)).mtimeMs}`)
    .join('|');
}

/**
 * readLocalisedCollection() for a plugin that asks once per Markdown file: each language's
 * entries are read again only when a file of the collection's folder has changed, so a build
 * reads them once and `astro dev` still sees an entry added while it runs.
 */
export function localisedCollectionReader<C extends CollectionName>(
  dir: string,
  collection: C,
): (code: string) => Map<string, EntryData<C>> {
  const cache = new Map<string, { signature: string; entries: Map<string, EntryData<C>> }>();
  return (code) => {
    const signature = folderSignature(join(dir, collection));
    const cached = cache.get(code);
    if (cached?.signature === signature) return cached.entries;
    const entries = readLocalisedCollection(dir, collection, code);
    cache.set(code, { signature, entries });
    return entries;
  };
}
