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

/** How many actor profiles of each language the slow browser sweeps visit. */
export const PROFILES_PER_LANGUAGE = 4;

/**
 * The pages the slow browser sweeps (axe, layout stability, reading without JavaScript) visit:
 * every page, except that of the actor profiles, which are more than half the site and are all
 * built from one template, they visit a few of each language, spread over the list. The checks
 * on the built HTML (tests/site/) read every profile.
 */
export function sweptPages(pages: readonly string[]): string[] {
  const isProfile = (p: string) => /^\/actors\/[^/]+\/$/.test(splitLocale(p).rest);
  const keep = new Set(pages.filter((p) => !isProfile(p)));
  const byLanguage = Map.groupBy(pages.filter(isProfile), (p) => splitLocale(p).code);
  for (const profiles of byLanguage.values()) {
    const step = profiles.length / Math.min(PROFILES_PER_LANGUAGE, profiles.length);
    for (let i = 0; i < profiles.length; i += step) keep.add(profiles[Math.floor(i)]!);
  }
  return pages.filter((p) => keep.has(p));
}

/**
 * One page of each kind the site builds, in the language `code` (the source language unless
 * given): the start page, an explainer page with a diagram, the actor list and one actor's
 * profile, the tracker, the matrix and the search page. The other pages of a kind are built from
 * the same template and styles.
 */
export function oneOfEachKind(
  pages: readonly string[],
  root = DIST_DIR,
  code = SOURCE_LOCALE.code,
): string[] {
  const rest = (p: string) => splitLocale(p).rest;
  const inLanguage = pages.filter((p) => splitLocale(p).code === code);
  const profile = inLanguage.find((p) => /^\/actors\/[^/]+\/$/.test(rest(p)));
  const lists = ['/', '/actors/', '/provisions/', '/positions/', '/search/'];
  const withDiagram = inLanguage.find(
    (p) =>
      p !== profile && ![...lists, '/print/'].includes(rest(p)) && hasDiagram(builtHtml(p, root)),
  );
  const [home, actors, ...others] = lists.map((list) => inLanguage.find((p) => rest(p) === list));
  return [home, withDiagram, actors, profile, ...others].filter((p) => p !== undefined);
}

/**
 * The pages one of several sweeps visits (a theme and a viewport, say), for checks too slow to
 * run on every page in every setting: the pages in `inEvery` in every sweep, and each other page
 * in one sweep, taken in turn within its language, so that together the sweeps see every page
 * and every sweep sees pages of every language.
 */
export function pagesForSweep(
  pages: readonly string[],
  sweep: number,
  sweeps: number,
  inEvery: readonly string[] = [],
): string[] {
  const turn = new Map<string, number>();
  return pages.filter((p) => {
    if (inEvery.includes(p)) return true;
    const { code } = splitLocale(p);
    const at = turn.get(code) ?? 0;
    turn.set(code, at + 1);
    return at % sweeps === sweep;
  });
}
