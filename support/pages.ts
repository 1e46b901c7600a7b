/**
 * The pages of the built site, as URL paths, for browser tests that visit every page. Read from
 * the HTML files in dist/ (DIST_DIR), so a new route is tested the moment it is built.
 */
import { SOURCE_LOCALE, splitLocale } from '../src/i18n/locales.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtFileUrl } from '../src/shared/urls.ts';
import { DIST_DIR } from './static-server.ts';

/** Folders of dist/ that hold no pages of ours (Pagefind's own UI and index files). */
const NOT_PAGES = new Set(['pagefind', '_astro']);

function walk(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_PAGES.has(entry.name)) walk(path, found);
    } else if (entry.name.endsWith('.html')) {
      found.push(path);
    }
  }
}

/** The URL path a static host serves a dist/ file at: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string, root = DIST_DIR): string {
  return builtFileUrl(relative(root, file));
}

/**
 * Every built page's URL path, sorted. Throws, saying how to fix it, when there is no build: a
 * browser test that silently visits no page would pass without checking anything.
 */
export function builtPages(root = DIST_DIR): string[] {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `No built site in ${root}: run \`npm run build\` first (or set DIST_DIR to a folder built with \`npm run build -- --outDir <dir>\`).`,
    );
  }
  const files: string[] = [];
  walk(root, files);
  return files.map((file) => urlPathOf(file, root)).sort();
}

/** The HTML of a built page, read from disk (no browser), by its URL path. */
export function builtHtml(path: string, root = DIST_DIR): string {
  const file = path.endsWith('/') ? join(root, path, 'index.html') : join(root, path);
  return readFileSync(file, 'utf8');
}

/**
 * Whether a page's HTML holds a diagram: an element whose class list has the word `diagram`
 * (the wrapper of a build-time mermaid figure), not merely a class such as `diagram__svg`.
 */
export function hasDiagram(html: string): boolean {
  return /\sclass="(?:[^"]*\s)?diagram(?:\s[^"]*)?"/.test(html);
}

/**
 * The pages one of several sweeps visits (a theme and a viewport, say): every page of the source
 * language in every sweep, and each page of the other editions, which are built from the same
 * templates, in one sweep, taken in turn, so that together the sweeps see every page in every
 * language and every setting sees pages of every language.
 */
export function pagesForSweep(pages: readonly string[], sweep: number, sweeps: number): string[] {
  const translated = pages.filter((p) => splitLocale(p).code !== SOURCE_LOCALE.code);
  return pages.filter((p) => {
    const at = translated.indexOf(p);
    return at === -1 || at % sweeps === sweep;
  });
}
