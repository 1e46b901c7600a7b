/**
 * The search index, built by Pagefind's Node API at the end of every build (`astro:build:done`),
 * so `npm run build` always ships an index that matches the pages. It writes to
 * `<outDir>/pagefind/`, never to public/.
 *
 * What goes in: every page's `data-pagefind-body` (BaseLayout's <main>), with chrome marked
 * `data-pagefind-ignore`; plus one record per list entry (event, glossary term, provision, source,
 * see src/search/entries.ts), left out of its page so it is not found twice. Beside the index
 * it writes `spellings.json`, the alias map the search UI applies to queries
 * (src/search/spellings.ts), generated from content/glossary and content/actors.
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
import {
  buildSpellingMap,
  phraseUsage,
  type SpellingMap,
  type SpellingSource,
} from './spellings.ts';

/** The folder under the output folder that holds the index; the UI loads it from `/pagefind/`. */
export const INDEX_FOLDER = 'pagefind';

/** The alias map's file name inside the index folder. */
export const SPELLINGS_FILE = 'spellings.json';

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
  spellings: number;
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
    return Object.entries(value).flatMap(([key, v]) => (key === 'aliases' ? [] : yamlText(v)));
  }
  return [];
}

/** The content, through the one reader: entries by collection, and the text of every document. */
function readContent(contentDir: string): { yaml: Map<string, unknown[]>; documents: string[] } {
  const yaml = new Map<string, unknown[]>();
  const documents: string[] = [];
  for (const entry of readContentDir(contentDir).entries) {
    if (entry.body !== undefined) {
      documents.push(entry.text);
      continue;
    }
    // The data as written (no schema defaults), so only the contributors' own words count.
    const data = entry.yaml?.data;
    if (data === undefined) continue;
    yaml.set(entry.collection, [...(yaml.get(entry.collection) ?? []), data]);
    documents.push(yamlText(data).join('\n'));
  }
  return { yaml, documents };
}

/** Names and aliases of the entries of one folder (their `term` or `name` field). */
function spellingSources(entries: unknown[], nameField: 'term' | 'name'): SpellingSource[] {
  return entries.flatMap((data) => {
    if (typeof data !== 'object' || data === null) return [];
    const record = data as Record<string, unknown>;
    const canonical = record[nameField];
    const aliases = Array.isArray(record['aliases']) ? record['aliases'] : [];
    if (typeof canonical !== 'string') return [];
    const strings = aliases.filter((a): a is string => typeof a === 'string');
    return [{ canonical, aliases: strings, kind: nameField }];
  });
}

/** The spelling map for the content in `contentDir` (glossary terms and actors). */
export function siteSpellings(contentDir: string): SpellingMap {
  const { yaml, documents } = readContent(contentDir);
  return buildSpellingMap(
    [
      ...spellingSources(yaml.get('glossary') ?? [], 'term'),
      ...spellingSources(yaml.get('actors') ?? [], 'name'),
    ],
    phraseUsage(documents),
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
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    excludeSelectors: EXCLUDED,
  });
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
    writeFileSync(join(outputPath, SPELLINGS_FILE), JSON.stringify(spellings));
    return {
      pages: indexed,
      entries: records.length - indexed,
      spellings: Object.keys(spellings).length,
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
        logger.info(
          `Search index: ${report.pages} pages and ${report.entries} entries; ${report.spellings} alternative spellings.`,
        );
      },
    },
  };
}
