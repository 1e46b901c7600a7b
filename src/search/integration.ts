/**
 * The search index, built by Pagefind's Node API at the end of every build (`astro:build:done`),
 * so `npm run build` always ships an index that matches the pages. It writes to
 * `<outDir>/pagefind/`, never to public/.
 *
 * What goes in: every page's `data-pagefind-body` (BaseLayout's <main>), with chrome marked
 * `data-pagefind-ignore`; plus one record per list entry (event, glossary term, provision, source,
 * see src/search/entries.ts), left out of its page so it is not found twice. Pagefind splits the
 * index by each page's `<html lang>`: one index per edition, each in its own words. Beside the
 * index it writes `spellings.<code>.json` for each language, the alias map the search UI applies
 * to queries (src/search/spellings.ts), generated from content/glossary and content/actors and
 * their translations.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readContentDir } from '../collections/reader.ts';
import { builtFileUrl } from '../shared/urls.ts';
import {
  ENTRY_SELECTOR,
  entryRecords,
  extractEntries,
  spaceBlocks,
  type EntryRecord,
} from './entries.ts';
import { LOCALES, SOURCE_LOCALE, STAMP_FIELD, readTranslations } from '../i18n/index.ts';
import {
  buildSpellingMap,
  phraseUsage,
  type SpellingMap,
  type SpellingSource,
} from './spellings.ts';

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

/** Every string in parsed YAML, except alias lists (they must not count as the site's own text). */
function yamlText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(yamlText);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'aliases' || key === STAMP_FIELD ? [] : yamlText(v),
    );
  }
  return [];
}

/** The collections whose names and aliases make the spelling maps, and the field of the name. */
const NAMED = { glossary: 'term', actors: 'name' } as const;

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
 * The content of each edition, through the one reader: the named entries (English, and each
 * translation where there is one) and the text of every document the edition shows. An edition
 * shows the English of what is not yet translated, so that text counts as its own.
 */
function readEditions(contentDir: string): {
  named: { kind: 'term' | 'name'; english: Named; translated: Map<string, Named> }[];
  documents: Map<string, string[]>;
} {
  const content = readContentDir(contentDir);
  const { translations } = readTranslations(content);
  const documents = new Map<string, string[]>(LOCALES.map((l) => [l.code, []]));
  const add = (code: string, text: string) => documents.get(code)?.push(text);
  const named: { kind: 'term' | 'name'; english: Named; translated: Map<string, Named> }[] = [];
  for (const entry of content.entries) {
    const theirs = translations.filter(
      (t) => t.collection === entry.collection && t.id === entry.id,
    );
    // The data as written (no schema defaults), so only the contributors' own words count.
    const data = entry.yaml?.data;
    const english =
      entry.body !== undefined ? entry.text : data === undefined ? '' : yamlText(data).join('\n');
    for (const { code } of LOCALES) {
      const translation = theirs.find((t) => t.code === code);
      const text = translation
        ? translation.body !== undefined
          ? `${yamlText(translation.data).join('\n')}\n${translation.body}`
          : yamlText(translation.data).join('\n')
        : english;
      add(code, text);
    }
    const nameField = NAMED[entry.collection as keyof typeof NAMED];
    const own = nameField && namedOf(data, nameField);
    if (!own) continue;
    const translated = new Map<string, Named>();
    for (const t of theirs) {
      const found = namedOf(t.data, nameField);
      if (found) translated.set(t.code, found);
    }
    named.push({ kind: nameField, english: own, translated });
  }
  return { named, documents };
}

/**
 * The spelling map of each language (by language code), for the glossary terms and actors:
 * - English: the English aliases, and each translation's name and aliases ("Київ" → "kyiv").
 * - Another language: the name as that edition writes it (its translation, or the English where
 *   there is none), from its own aliases, and from the English name and aliases ("Kyiv",
 *   "Zelensky" → "київ", "зеленський"), so a reader who types a name in Latin letters finds the
 *   pages of their own edition.
 * An alias of the edition's own that its text uses in USED_ON_SITE documents is searched as
 * written; the names from other languages are always rewritten.
 */
export function siteSpellings(contentDir: string): Record<string, SpellingMap> {
  const { named, documents } = readEditions(contentDir);
  return Object.fromEntries(
    LOCALES.map(({ code }) => {
      const sources: SpellingSource[] = named.map(({ kind, english, translated }) => {
        const own = code === SOURCE_LOCALE.code ? english : (translated.get(code) ?? english);
        const others =
          own === english
            ? [...translated.values()].flatMap((t) => [t.name, ...t.aliases])
            : [english.name, ...english.aliases];
        return { canonical: own.name, aliases: own.aliases, foreign: others, kind };
      });
      return [code, buildSpellingMap(sources, phraseUsage(documents.get(code) ?? []))];
    }),
  );
}

/** A rendered page: its site URL, its HTML, and where it came from (for error messages). */
export interface RenderedPage {
  url: string;
  html: string;
  where: string;
}

/**
 * The records the index gets for these pages: each page marked for search as a whole, then one
 * record per list entry. The build and the dev server's index (src/dev/) both use it, so search
 * in `npm run dev` finds exactly what the built site's search finds.
 */
export function searchRecords(pages: readonly RenderedPage[]): {
  records: EntryRecord[];
  indexed: number;
} {
  const read = pages.map((page) => ({ ...page, ...extractEntries(page.html, page.where) }));
  // Without any data-pagefind-body Pagefind would index whole pages, header and all.
  const indexed = read.filter((page) => page.indexed);
  if (indexed.length === 0) {
    fail('no page is marked for search', [
      `None of the ${pages.length} pages has data-pagefind-body; BaseLayout's <main> should carry it.`,
    ]);
  }
  // Page by page rather than addDirectory, to give Pagefind text it can split into words.
  const records = [
    ...indexed.map((page) => ({ url: page.url, content: spaceBlocks(page.html) })),
    ...entryRecords(read),
  ];
  return { records, indexed: indexed.length };
}

/**
 * Index `records` with the site's Pagefind settings, hand the index to `use` (which writes or
 * reads its files), then stop Pagefind's service.
 */
export async function withSearchIndex<T>(
  records: readonly EntryRecord[],
  use: (index: pagefind.PagefindIndex) => Promise<T>,
): Promise<T> {
  // No forced language: Pagefind files each page under its <html lang>, one index per edition,
  // and the browser loads the index of the page's own language.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED });
  if (!index) fail('Pagefind could not start', errors);
  try {
    for (const record of records) {
      const result = await index.addHTMLFile(record);
      if (result.errors.length > 0) fail(`indexing ${record.url} failed`, result.errors);
    }
    return await use(index);
  } finally {
    await pagefind.close();
  }
}

/** The file of one language's spelling map inside the index folder: `spellings.uk.json`. */
export function spellingsFile(code: string): string {
  return `spellings.${code}.json`;
}

/**
 * Index the built site in `siteDir` and write `siteDir/pagefind/`.
 * @param siteDir The build output folder.
 * @param contentDir The content folder, for the spelling map.
 */
export async function buildSearchIndex(
  siteDir: string,
  contentDir: string,
): Promise<SearchIndexReport> {
  const outputPath = join(siteDir, INDEX_FOLDER);
  rmSync(outputPath, { recursive: true, force: true });
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  const pages = files.map((file) => ({
    url: pageUrlOf(file),
    html: readFileSync(join(siteDir, file), 'utf8'),
    where: file,
  }));
  const { records, indexed } = searchRecords(pages);
  return withSearchIndex(records, async (index) => {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`writing ${outputPath} failed`, written.errors);
    for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
    const spellings = siteSpellings(contentDir);
    for (const [code, map] of Object.entries(spellings)) {
      writeFileSync(join(outputPath, spellingsFile(code)), JSON.stringify(map));
    }
    return {
      pages: indexed,
      entries: records.length - indexed,
      spellings: Object.fromEntries(
        Object.entries(spellings).map(([code, map]) => [code, Object.keys(map).length]),
      ),
    };
  });
}

/** The Astro integration. List it after mdx() and sitemap(), before the CSP step. */
export function pagefindIntegration(): AstroIntegration {
  let contentDir = '';
  return {
    name: 'peace-plan:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = fileURLToPath(new URL('content/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir), contentDir);
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
