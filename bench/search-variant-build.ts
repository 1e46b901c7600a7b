/**
 * The generated site for the search benchmark: a copy of the build with varied pages added until
 * it has the number of searchable pages asked for, indexed by the same code as the real build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainWords, variantPage } from './search-variant.ts';
import { buildSearchIndex, INDEX_FOLDER } from '../src/search/integration.ts';

/** The HTML of every page in search (those with data-pagefind-body) under `dir`. */
export function searchablePages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(INDEX_FOLDER))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((html) => html.includes('data-pagefind-body'));
}

/** Copy the build to a temporary folder, add varied pages until `total` are searchable, index it. */
export async function buildVariant(
  distDir: string,
  contentDir: string,
  total: number,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'search-variant-'));
  cpSync(distDir, dir, {
    recursive: true,
    filter: (src) => !src.startsWith(join(distDir, INDEX_FOLDER)),
  });
  const pages = searchablePages(dir);
  const vocabulary = [...new Set(pages.flatMap(mainWords))];
  for (let n = 1; pages.length + n <= total; n++) {
    mkdirSync(join(dir, 'variants', String(n)), { recursive: true });
    const html = variantPage(pages[n % pages.length]!, n, vocabulary);
    writeFileSync(join(dir, 'variants', String(n), 'index.html'), html);
  }
  await buildSearchIndex(dir, contentDir);
  return dir;
}
