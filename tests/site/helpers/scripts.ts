/**
 * Which scripts a built page may ship, and how their bytes are counted for the budgets.
 *
 * Readers get no framework runtime: only the inline theme script, the page loader (with the
 * search launcher, which loads Pagefind when search is opened), the search page's own script,
 * and, on diagram pages of a build made without a browser, the Mermaid fallback. Astro names each emitted /_astro/*.js
 * file after the component or module it comes from, so the allowlist matches those names.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { readDist } from './dist.ts';
import { attr, byTag, elements } from './html.ts';

/** Inline scripts allowed on every page: the exact text of these source files. */
export const INLINE_SCRIPT_SOURCES = ['src/reader/client/theme.js'];

/** One kind of script file a page may load. */
export interface AllowedScript {
  /** Matches the script's URL path as written in the page. */
  pattern: RegExp;
  /** What it is, for messages. */
  what: string;
  /** Only allowed on pages that contain a diagram. */
  diagramPagesOnly?: boolean;
}

/** Script files pages may load, by the source they are built from. */
export const ALLOWED_SCRIPT_FILES: readonly AllowedScript[] = [
  {
    pattern: /^\/_astro\/SearchPage\.astro[\w.-]*\.js$/,
    what: 'the search page (src/search/client/)',
  },
  {
    pattern: /^\/_astro\/PageLoader\.astro[\w.-]*\.js$/,
    what: 'the page loader (src/reader/client/loader.ts: search launcher, offline registration, reader features)',
  },
  {
    pattern: /^\/_astro\/[\w.-]*mermaid[\w.-]*\.js$/i,
    what: 'the Mermaid fallback (diagram pages of a build made without a browser)',
    diagramPagesOnly: true,
  },
];

/** Script types that are data, not code (the browser never runs them). */
const DATA_SCRIPT_TYPES = /^(application\/ld\+json|application\/json)$/i;

let inlineAllowed: Set<string> | undefined;

/** The allowed inline script texts, read from their sources. */
export function allowedInlineScripts(): Set<string> {
  inlineAllowed ??= new Set(INLINE_SCRIPT_SOURCES.map((f) => readFileSync(f, 'utf8').trim()));
  return inlineAllowed;
}

/**
 * Whether a page shows a diagram or a map (figures drawn as inline SVG): diagrams are wrapped in
 * an element with a "diagram" class, maps in one with a "map" class.
 */
export function isDiagramPage(html: string): boolean {
  return /\sclass="[^"]*\b(diagram|mermaid)[\w-]*/i.test(html) || /\sclass="map"/.test(html);
}

/** The scripts of a page, split into inline code, data blocks and files. */
export function pageScripts(root: Root): { inline: string[]; files: string[] } {
  const inline: string[] = [];
  const files: string[] = [];
  for (const script of byTag(root, 'script')) {
    const type = attr(script, 'type') ?? '';
    if (DATA_SCRIPT_TYPES.test(type)) continue;
    const src = attr(script, 'src');
    if (src !== undefined) files.push(src);
    else inline.push(script.children.map((c) => ('value' in c ? c.value : '')).join(''));
  }
  for (const link of byTag(root, 'link')) {
    if (attr(link, 'rel') === 'modulepreload' && attr(link, 'href'))
      files.push(attr(link, 'href') ?? '');
  }
  return { inline, files: [...new Set(files)] };
}

/** gzip size in bytes (zlib default level, as static hosts typically compress). */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data).length;
}

/**
 * A script file and every module it imports statically, as paths (`/_astro/x.js`). Static
 * imports load before the script runs; dynamic `import()` loads later (when search opens) and
 * is not followed.
 */
export function scriptClosure(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readDist(path.replace(/^\//, ''))?.toString('utf8') ?? '';
  const staticImport =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(staticImport)) {
    const target = new URL(match[1] ?? '', `https://x${path}`).pathname;
    scriptClosure(target, seen);
  }
  return seen;
}

/** Bytes (gzip) of the JavaScript a page runs before search is opened, inline and in files. */
export function scriptBytes(root: Root): { inline: number; files: number } {
  const { inline, files } = pageScripts(root);
  const all = new Set<string>();
  for (const file of files) for (const path of scriptClosure(file)) all.add(path);
  let inFiles = 0;
  for (const path of all) inFiles += gzipSize(readDist(path.replace(/^\//, '')) ?? '');
  return { inline: inline.reduce((sum, code) => sum + gzipSize(code), 0), files: inFiles };
}

/**
 * The text of the page's own <style> elements. Styles inside an inline <svg> belong to that
 * diagram (Mermaid scopes them to it) and are counted with the diagram, in the HTML.
 */
export function inlineStyles(root: Root): string[] {
  return elements(root)
    .filter(({ node, ancestors }) => node.tagName === 'style' && !ancestors.includes('svg'))
    .map(({ node }) => node.children.map((c) => ('value' in c ? c.value : '')).join(''));
}
