/**
 * The search index, built by Pagefind's Node API in every build, so `npm run build` always ships
 * an index that matches the pages: each page is indexed as it is rendered, on a worker thread
 * (index-thread.ts), and `astro:build:done` adds the list entries and writes the index to
 * `<outDir>/pagefind/`, never to public/.
 *
 * What goes in: every page's `data-pagefind-body` (BaseLayout's <main>), with chrome marked
 * `data-pagefind-ignore`; plus one record per list entry (event, glossary term, provision, source,
 * see src/search/entries.ts), left out of its page so it is not found twice. Pagefind splits the
 * index by each page's `<html lang>`: one index per edition, each in its own words. Beside the
 * index it writes `spellings.<code>.json` for each language, the alias map the search UI applies
 * to queries (src/search/spellings.ts), generated from the names and aliases of content/glossary,
 * content/actors and content/places and their translations. Each record that uses an alias is
 * given the name it stands for as `names` metadata, which Pagefind searches but never shows in
 * excerpts, so the name finds it whatever form the record uses.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readContentDir } from '../collections/reader.ts';
import { builtFileUrl, Throttle } from '../shared/index.ts';
import { addPageSteps, removePageSteps } from '../site/index.ts';
import { SearchIndexThread } from './index-thread.ts';
import {
  ENTRY_SELECTOR,
  entryRecords,
  extractEntries,
  indexedText,
  spaceBlocks,
  withoutSvgContent,
  withMetadata,
  type EntryRecord,
  type SearchEntry,
} from './entries.ts';
import { LOCALES, SOURCE_LOCALE, readTranslations } from '../i18n/index.ts';
import { STEMMERS } from './client/stemmers.ts';
import { searchWords, type Stemmer } from './search-words.ts';
import { buildSpellingMap, namesIn, type SpellingMap, type SpellingSource } from './spellings.ts';

/** The folder under the output folder that holds the index; the UI loads it from `/pagefind/`. */
export const INDEX_FOLDER = 'pagefind';

/**
 * What the index leaves out of every page, besides `data-pagefind-ignore`: list entries (indexed
 * as records of their own), the reference list at the foot of each page and the citation marks
 * (the same sources on every page: noise in results, and bytes in every search), and the SVG of
 * diagrams (their text version, in the page, is indexed instead).
 */
export const EXCLUDED = [ENTRY_SELECTOR, 'ol.references', 'sup.cite', 'svg'];

/** Files Pagefind writes for its ready-made UIs, which this site does not use. */
export const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** What the index build did, for the build log and the benchmark. */
export interface SearchIndexReport {
  pages: number;
  entries: number;
  /** How many alternative spellings each language's map has, by language code. */
  spellings: Record<string, number>;
}

function fail(what: string, errors: readonly string[]): never {
  throw new Error(`Search index (src/search/integration.ts): ${what}:\n${errors.join('\n')}`);
}

/** The site path of a built HTML file: `timeline/index.html` → `/timeline/`. */
export function pageUrlOf(relativePath: string): string {
  return builtFileUrl(relativePath);
}

/**
 * The collections whose names and aliases make the spelling maps: the field of the name, and how
 * the map treats their aliases (SpellingSource's `kind`: a place is named like a term).
 */
const NAMED = {
  glossary: { field: 'term', kind: 'term' },
  actors: { field: 'name', kind: 'name' },
  places: { field: 'name', kind: 'term' },
} as const;

/** A named entry in one language: its name and the other spellings readers of it may type. */
interface Named {
  name: string;
  aliases: string[];
}

function namedOf(data: unknown, nameField: string): Named | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const name = record[nameField];
  if (typeof name !== 'string') return undefined;
  const aliases = Array.isArray(record['aliases']) ? record['aliases'] : [];
  return { name, aliases: aliases.filter((a): a is string => typeof a === 'string') };
}

/**
 * The names of one entry in each translated language, by language code, from its translation
 * files. Every name and alias of the spelling maps is read here.
 */
function translatedNames(
  collection: keyof typeof NAMED,
  translations: readonly { code: string; data: unknown }[],
): Map<string, Named> {
  const names = new Map<string, Named>();
  for (const t of translations) {
    const found = namedOf(t.data, NAMED[collection].field);
    if (found) names.set(t.code, found);
  }
  return names;
}

/** Every named entry, English and translated (glossary terms, actors and places). */
function readNamed(
  contentDir: string,
): { kind: 'term' | 'name'; english: Named; translated: Map<string, Named> }[] {
  const content = readContentDir(contentDir);
  const { translations } = readTranslations(content);
  const named: { kind: 'term' | 'name'; english: Named; translated: Map<string, Named> }[] = [];
  for (const entry of content.entries) {
    if (!Object.hasOwn(NAMED, entry.collection)) continue;
    const collection = entry.collection as keyof typeof NAMED;
    // The data as written (no schema defaults), so only the contributors' own words count.
    const data = entry.yaml?.data;
    const english = namedOf(data, NAMED[collection].field);
    if (!english) continue;
    const theirs = translations.filter((t) => t.collection === collection && t.id === entry.id);
    const translated = translatedNames(collection, theirs);
    named.push({ kind: NAMED[collection].kind, english, translated });
  }
  return named;
}

/** The spelling map of each language and the stemmer its keys were made with, by language code. */
export interface SiteSpellings {
  maps: Record<string, SpellingMap>;
  stemmers: Record<string, Stemmer>;
}

/** Load the stemmer of every language that has one (src/search/client/stemmers.ts). */
async function loadStemmers(): Promise<Record<string, Stemmer>> {
  const codes = LOCALES.map((l) => l.code).filter((code) => Object.hasOwn(STEMMERS, code));
  return Object.fromEntries(
    await Promise.all(codes.map(async (code) => [code, await STEMMERS[code]!()] as const)),
  );
}

/**
 * The spelling map of each language (by language code), for the glossary terms, actors and
 * places, keyed with the language's stemmer:
 * - English: the English aliases, and each translation's name and aliases ("Київ" → "kyiv").
 * - Another language: the name as that edition writes it (its translation, or the English where
 *   there is none), from its own aliases, and from the English name and aliases ("Kyiv",
 *   "Zelensky" → "київ", "зеленський"), so a reader who types a name in Latin letters finds the
 *   pages of their own edition.
 */
export async function siteSpellings(contentDir: string): Promise<SiteSpellings> {
  const named = readNamed(contentDir);
  const stemmers = await loadStemmers();
  const maps = Object.fromEntries(
    LOCALES.map(({ code }) => {
      const sources: SpellingSource[] = named.map(({ kind, english, translated }) => {
        const own = code === SOURCE_LOCALE.code ? english : (translated.get(code) ?? english);
        const others =
          own === english
            ? [...translated.values()].flatMap((t) => [t.name, ...t.aliases])
            : [english.name, ...english.aliases];
        return { canonical: own.name, aliases: [...own.aliases, ...others], kind };
      });
      return [code, buildSpellingMap(sources, stemmers[code])];
    }),
  );
  return { maps, stemmers };
}

/** The language code of an `<html lang>`, as the search UI reads it: "en-GB" → "en". */
function languageCode(lang: string): string {
  return (lang || 'en').split('-')[0]!.toLowerCase();
}

/**
 * A record with the names it uses in another form (namesIn) as its `names` metadata, for the
 * language of its `<html lang>`; unchanged when it uses none.
 */
export function withNames(record: EntryRecord, spellings: SiteSpellings): EntryRecord {
  const { lang, text } = indexedText(record.content, EXCLUDED);
  return withNamesIn(record, lang, text, spellings);
}

/** withNames for a record whose language and indexed text have already been read. */
function withNamesIn(
  record: EntryRecord,
  lang: string,
  text: string,
  spellings: SiteSpellings,
): EntryRecord {
  const code = languageCode(lang);
  const names = namesIn(searchWords(text), spellings.maps[code] ?? {}, spellings.stemmers[code]);
  if (names.length === 0) return record;
  return { ...record, content: withMetadata(record.content, NAMES_FIELD, names.join(' ')) };
}

/** The metadata field that holds the names a record uses in another form. */
export const NAMES_FIELD = 'names';

/** A rendered page: its site URL, its HTML, and where it came from (for error messages). */
export interface RenderedPage {
  url: string;
  html: string;
  where: string;
}

/** How many pages recordsOf has read, how many of them are in search, and how many entries. */
export interface RecordTally {
  pages: number;
  indexed: number;
  entries: number;
}

/**
 * The records the index gets, page by page: each page marked for search as a whole, as soon as
 * it is read (each page is parsed once, and only its entries are kept once it has been read, so
 * memory does not grow with the pages' HTML), then, once every page is in, one record per list
 * entry. Counts go into `tally`.
 */
export class RecordMaker {
  readonly #read: { url: string; title: string; lang: string; entries: SearchEntry[] }[] = [];
  readonly spellings: SiteSpellings;
  readonly tally: RecordTally;

  constructor(spellings: SiteSpellings, tally: RecordTally = { pages: 0, indexed: 0, entries: 0 }) {
    this.spellings = spellings;
    this.tally = tally;
  }

  /** The record of a page marked for search, or undefined for a page that is not. */
  page(page: RenderedPage): EntryRecord | undefined {
    this.tally.pages += 1;
    const html = withoutSvgContent(page.html);
    const { title, lang, indexed, entries, text } = extractEntries(html, page.where, EXCLUDED);
    this.#read.push({ url: page.url, title, lang, entries });
    if (!indexed) return undefined;
    this.tally.indexed += 1;
    // Page by page rather than addDirectory, to give Pagefind text it can split into words.
    const record = { url: page.url, content: spaceBlocks(html) };
    return withNamesIn(record, lang, text, this.spellings);
  }

  /**
   * The records of the list entries of every page read, in the order of their pages' URLs.
   * @throws When no page was marked for search.
   */
  *entries(): Generator<EntryRecord> {
    // Without any data-pagefind-body Pagefind would index whole pages, header and all.
    if (this.tally.indexed === 0) {
      fail('no page is marked for search', [
        `None of the ${this.tally.pages} pages has data-pagefind-body; BaseLayout's <main> should carry it.`,
      ]);
    }
    const read = [...this.#read].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    for (const record of entryRecords(read)) {
      this.tally.entries += 1;
      yield withNames(record, this.spellings);
    }
  }
}

/**
 * The records the index gets for these pages, one at a time (RecordMaker: each page as soon as
 * it is read, then the list entries).
 * @throws After the last page, when no page is marked for search.
 */
export function* recordsOf(
  pages: Iterable<RenderedPage>,
  spellings: SiteSpellings,
  tally: RecordTally = { pages: 0, indexed: 0, entries: 0 },
): Generator<EntryRecord> {
  const maker = new RecordMaker(spellings, tally);
  for (const page of pages) {
    const record = maker.page(page);
    if (record) yield record;
  }
  yield* maker.entries();
}

/**
 * The records the index gets for these pages (recordsOf, all at once). The build and the dev
 * server's index (src/dev/) both make their records with recordsOf, so search in `npm run dev`
 * finds exactly what the built site's search finds.
 */
export function searchRecords(
  pages: readonly RenderedPage[],
  spellings: SiteSpellings,
): {
  records: EntryRecord[];
  indexed: number;
} {
  const tally: RecordTally = { pages: 0, indexed: 0, entries: 0 };
  const records = [...recordsOf(pages, spellings, tally)];
  return { records, indexed: tally.indexed };
}

/**
 * How many records are on their way to Pagefind at once: enough for the next pages to be read
 * while Pagefind's service indexes the last ones. Pagefind takes them in the order they are sent.
 */
const IN_FLIGHT = 8;

/** Sends one record to Pagefind; rejects, naming the page, when Pagefind refuses it. */
async function addRecord(index: pagefind.PagefindIndex, record: EntryRecord): Promise<void> {
  const result = await index.addHTMLFile(record);
  if (result.errors.length > 0) fail(`indexing ${record.url} failed`, result.errors);
}

/** Starts Pagefind's service with the site's settings, or throws why it could not. */
async function startIndex(): Promise<pagefind.PagefindIndex> {
  // No forced language: Pagefind files each page under its <html lang>, one index per edition,
  // and the browser loads the index of the page's own language.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED });
  if (!index) fail('Pagefind could not start', errors);
  return index;
}

/**
 * Index `records` with the site's Pagefind settings, hand the index to `use` (which writes or
 * reads its files), then stop Pagefind's service.
 */
export async function withSearchIndex<T>(
  records: Iterable<EntryRecord>,
  use: (index: pagefind.PagefindIndex) => Promise<T>,
): Promise<T> {
  const index = await startIndex();
  try {
    const sending = new Throttle(IN_FLIGHT);
    for (const record of records) await sending.add(addRecord(index, record));
    await sending.settled();
    return await use(index);
  } finally {
    await pagefind.close();
  }
}

/**
 * A build's search index, made as its pages come: each page is read and sent to Pagefind's
 * service (its own process, which indexes while the next pages render), and finish() adds the
 * list entries and writes the index.
 */
export class SearchIndexer {
  readonly #maker: RecordMaker;
  readonly #index: pagefind.PagefindIndex;
  readonly #sending = new Throttle(IN_FLIGHT);
  readonly spellings: SiteSpellings;

  private constructor(spellings: SiteSpellings, index: pagefind.PagefindIndex) {
    this.spellings = spellings;
    this.#maker = new RecordMaker(spellings);
    this.#index = index;
  }

  /** Reads the spelling maps from `contentDir` and starts Pagefind's service. */
  static async start(contentDir: string): Promise<SearchIndexer> {
    const spellings = await siteSpellings(contentDir);
    return new SearchIndexer(spellings, await startIndex());
  }

  /** Reads one built page; resolves once Pagefind is ready for the next. */
  async page(page: RenderedPage): Promise<void> {
    const record = this.#maker.page(page);
    if (record) await this.#sending.add(addRecord(this.#index, record));
  }

  /** Adds the list entries, writes the index into `siteDir`/pagefind/, and stops Pagefind. */
  async finish(siteDir: string): Promise<SearchIndexReport> {
    try {
      for (const record of this.#maker.entries()) {
        await this.#sending.add(addRecord(this.#index, record));
      }
      await this.#sending.settled();
      const outputPath = join(siteDir, INDEX_FOLDER);
      rmSync(outputPath, { recursive: true, force: true });
      const written = await this.#index.writeFiles({ outputPath });
      if (written.errors.length > 0) fail(`writing ${outputPath} failed`, written.errors);
      for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
      for (const [code, map] of Object.entries(this.spellings.maps)) {
        writeFileSync(join(outputPath, spellingsFile(code)), JSON.stringify(map));
      }
      return {
        pages: this.#maker.tally.indexed,
        entries: this.#maker.tally.entries,
        spellings: Object.fromEntries(
          Object.entries(this.spellings.maps).map(([code, map]) => [code, Object.keys(map).length]),
        ),
      };
    } finally {
      await pagefind.close();
    }
  }

  /** Stops Pagefind without writing anything (a build that failed). */
  static async stop(): Promise<void> {
    await pagefind.close();
  }
}

/** The file of one language's spelling map inside the index folder: `spellings.uk.json`. */
export function spellingsFile(code: string): string {
  return `spellings.${code}.json`;
}

/**
 * Index the built site in `siteDir` and write `siteDir/pagefind/`, reading its HTML files.
 * @param siteDir The build output folder.
 * @param contentDir The content folder, for the spelling map.
 */
export async function buildSearchIndex(
  siteDir: string,
  contentDir: string,
): Promise<SearchIndexReport> {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  const indexer = await SearchIndexer.start(contentDir);
  try {
    // Read one file at a time, as Pagefind is ready for it, rather than every page at once.
    for (const file of files) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      await indexer.page({ url: pageUrlOf(file), html, where: file });
    }
  } catch (error) {
    await SearchIndexer.stop();
    throw error;
  }
  return indexer.finish(siteDir);
}

const STEPS = 'peace-plan:search';

/** The Astro integration. List it after mdx() and sitemap(), before the CSP step. */
export function pagefindIntegration(): AstroIntegration {
  let contentDir = '';
  let indexer: Promise<SearchIndexThread> | undefined;
  return {
    name: 'peace-plan:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = fileURLToPath(new URL('content/', config.root));
      },
      // Each page is indexed as it is rendered, on a worker thread, with Pagefind in its own process.
      'astro:build:start': () => {
        const started = SearchIndexThread.start(contentDir);
        indexer = started;
        // Reported by the first page that waits for it, or at the end; never left unhandled.
        started.catch(() => undefined);
        addPageSteps(STEPS, {
          read: async ({ file, html }) =>
            (await started).page({ url: pageUrlOf(file), html, where: file }),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        removePageSteps(STEPS);
        if (!indexer) return;
        const report = await (await indexer).finish(fileURLToPath(dir));
        const spellings = Object.entries(report.spellings)
          .map(([code, count]) => `${count} (${code})`)
          .join(', ');
        logger.info(
          `Search index: ${report.pages} pages and ${report.entries} entries, one index per language; alternative spellings: ${spellings}.`,
        );
      },
    },
  };
}
