/**
 * The offline manifest, made after each build from the built files (src/offline/integration.ts):
 * every file the worker may save, with its revision (a hash of its content), its size in gzip
 * bytes, its group, language and, for pages, its title; and the reading order of each language,
 * found by following the pages' "next" links from each home page. The worker
 * (client/sw.ts) decides from it what to save and when (client/plan.ts).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  FIRST_VISIT_BUDGET,
  languageOfPath,
  shellFor,
  totalBytes,
  type FileGroup,
  type ManifestFile,
  type OfflineManifest,
} from './client/plan.ts';
import { isSearchUrl, urlOfFile } from './precache.ts';
import { normaliseBase, withBase } from '../shared/urls.ts';

/** A built file: its path in dist/ and its content. */
export interface BuiltFile {
  path: string;
  content: Uint8Array;
  /** Its sentBytes(), when the caller has worked it out already (off this thread). */
  sent?: number;
}

/** A language of the site: its path code and its `lang` attribute. */
export interface ManifestLanguage {
  code: string;
  lang: string;
}

const isPageUrl = (url: string) => url.endsWith('/') || url.endsWith('.html');

function groupOf(url: string): FileGroup {
  if (isSearchUrl(url)) return 'search';
  if (isPageUrl(url)) return 'page';
  if (url.startsWith('/_astro/') || /^\/[^/]+\.(svg|ico|png|webmanifest)$/.test(url)) {
    return 'asset';
  }
  return 'file';
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The text of a page's <title>, entities decoded. */
export function pageTitle(html: string): string | undefined {
  const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  return raw
    ?.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? entity),
    )
    .trim();
}

/** Where a page's "next" link points, resolved against the page's own address. */
export function nextLink(html: string, url: string): string | undefined {
  const tag = /<a\b[^>]*\brel="next"[^>]*>/i.exec(html)?.[0];
  const href = tag && /\bhref="([^"]+)"/.exec(tag)?.[1];
  return href ? new URL(href, `https://site.invalid${url}`).pathname : undefined;
}

/**
 * What the manifest needs of a built page, decoding only the parts of it that hold it (its head,
 * for the title, and the tag of its "next" link), not the whole page.
 */
export function pageFacts(content: Uint8Array, url: string): { title?: string; next?: string } {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const headEnd = bytes.indexOf('</head>');
  const head = bytes.toString('utf8', 0, headEnd === -1 ? bytes.length : headEnd);
  const facts: { title?: string; next?: string } = {};
  const title = pageTitle(head);
  if (title) facts.title = title;
  for (let at = bytes.indexOf('rel="next"'); at !== -1; at = bytes.indexOf('rel="next"', at + 1)) {
    const start = bytes.lastIndexOf('<', at);
    const tag = bytes.toString('utf8', start, bytes.indexOf('>', at) + 1);
    const next = nextLink(tag, url);
    if (next) {
      facts.next = next;
      break;
    }
  }
  return facts;
}

/** The stylesheets a page links to, in order. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
}

/**
 * A file's size as a host sends it: compressed with gzip, unless it already is (Pagefind writes
 * its index, fragments and wasm gzip-compressed, and a host sends those as they are).
 */
export function sentBytes(content: Uint8Array): number {
  const gzipped = content[0] === 0x1f && content[1] === 0x8b;
  return gzipped ? content.byteLength : gzipSync(content).length;
}

/**
 * The manifest of a build from its files (already filtered by precache.ts `precacheUrls`'s rules
 * and given as `path` in dist/), for the site's `languages`, the source language first, served
 * under `base` (`""` at a domain's root, `/repo` under a sub-path): every address in it is the
 * one readers use, with the base, as the built pages' own links are.
 */
export function buildManifest(
  built: Iterable<BuiltFile>,
  languages: readonly ManifestLanguage[],
  budget = FIRST_VISIT_BUDGET,
  base = '',
): OfflineManifest {
  const b = normaliseBase(base);
  const codes = languages.map((l) => l.code);
  const home = withBase(b, '/');
  // Of each page, only where its "next" link leads is kept, and the home page's stylesheets: not
  // the pages themselves, so memory does not grow with the site's HTML.
  const next = new Map<string, string | undefined>();
  let stylesheets: string[] = [];
  const files: ManifestFile[] = [];
  for (const file of built) {
    const path = urlOfFile(file.path);
    if (path === undefined) continue;
    const group = groupOf(path);
    const url = withBase(b, path);
    const entry: ManifestFile = {
      url,
      rev: createHash('sha256').update(file.content).digest('hex').slice(0, 12),
      bytes: file.sent ?? sentBytes(file.content),
      group,
    };
    if (group === 'page' || group === 'file') entry.lang = languageOfPath(path, codes);
    if (group === 'page') {
      const facts = pageFacts(file.content, url);
      next.set(url, facts.next);
      if (url === home) stylesheets = stylesheetsOf(Buffer.from(file.content).toString('utf8'));
      if (facts.title) entry.title = facts.title;
    }
    files.push(entry);
  }
  files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const readingOrder: Record<string, string[]> = {};
  for (const code of codes) {
    const order: string[] = [];
    // Follow "next" from the home page until the reading order ends (or loops back).
    for (
      let url: string | undefined = withBase(b, code === codes[0] ? '/' : `/${code}/`);
      url !== undefined && next.has(url) && !order.includes(url);
      url = next.get(url)
    ) {
      order.push(url);
    }
    readingOrder[code] = order;
  }
  return {
    base: b,
    languages: codes,
    readingOrder,
    budget,
    htmlLang: Object.fromEntries(languages.map((l) => [l.code, l.lang])),
    stylesheets,
    files,
  };
}

/** What a first visit downloads ahead in each language, in gzip bytes (the home page read). */
export function firstVisitBytes(manifest: OfflineManifest): Record<string, number> {
  return Object.fromEntries(
    manifest.languages.map((code) => {
      const home = manifest.readingOrder[code]?.[0];
      return [code, totalBytes(shellFor(manifest, code, home ? [home] : []))];
    }),
  );
}

/**
 * Problems with the shell of a build, for the integration to report: a reading-order page or a
 * stylesheet left out because the budget is spent, so it would not be readable offline.
 */
export function shellProblems(manifest: OfflineManifest): string[] {
  const problems: string[] = [];
  for (const code of manifest.languages) {
    const shell = new Set(shellFor(manifest, code).map((file) => file.url));
    const wanted = [
      ...manifest.files
        .filter((f) => f.group === 'asset' && f.url.endsWith('.css'))
        .map((f) => f.url),
      ...(manifest.readingOrder[code] ?? []),
    ];
    for (const url of wanted.filter((u) => !shell.has(u))) {
      problems.push(
        `src/offline/manifest.ts: ${url} does not fit in the first visit's budget of ${Math.round(
          manifest.budget / 1024,
        )} KB gzip for "${code}"; make the reading order's pages or the styles smaller, or raise FIRST_VISIT_BUDGET in src/offline/client/plan.ts.`,
      );
    }
  }
  return problems;
}
