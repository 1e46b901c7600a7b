/**
 * The bytes a reader downloads for one page, by kind, as they travel over the network: text
 * files gzip-compressed (zlib default level), already-compressed files (fonts, raster images)
 * as they are. Only files the page loads before the reader does anything count: search loads
 * its code and index when opened, so neither is counted here.
 */
import { splitLocale } from '../../../src/i18n/locales.ts';
import { extname } from 'node:path';
import type { Root } from 'hast';
import { readDist, SITE_ORIGIN, type Page } from './dist.ts';
import { attr, byTag, tree } from './html.ts';
import { gzipSize, inlineStyles, isDiagramPage, scriptBytes } from './scripts.ts';

/** 1 KB = 1024 bytes in every budget. */
export const KB = 1024;

/** The byte budgets of each kind of page, over the network (gzip). */
export const BUDGETS = {
  /** JavaScript run before the reader opens search, per page. */
  js: 4 * KB,
  /** CSS, per page. */
  css: 10 * KB,
  /** Everything a page without diagrams loads (HTML, CSS, JS, fonts, images). */
  pageWithoutDiagrams: 20 * KB,
  /**
   * Everything the search page loads. It is search opened, so it loads the search UI with the
   * page (see JS_BUDGET_EXEMPT): the budget of a page without diagrams, plus room for that UI.
   */
  searchPage: 24 * KB,
  /** Everything the largest page with diagrams loads. */
  largestDiagramPage: 60 * KB,
  /**
   * The one-page print edition: every page of the explainer with all its diagrams, for printing
   * or saving as PDF. It is the whole site by design, so it has its own, larger budget.
   */
  printDocument: 160 * KB,
} as const;

/** The print edition's URL: measured against BUDGETS.printDocument, not the per-page budgets. */
export const PRINT_URL = '/print/';

/**
 * Pages the JavaScript budget does not apply to, each with its reason. A reader on the search
 * page has opened search: loading the search code there is the page's purpose.
 */
export const JS_BUDGET_EXEMPT: Readonly<Record<string, string>> = {
  '/search/': 'the search page is search itself, opened',
};

/** Whether a page is a print edition, in any language (/print/, /uk/print/). */
export const isPrintEdition = (url: string): boolean => splitLocale(url).rest === PRINT_URL;

/** Whether the JavaScript budget leaves a page out, in any language (/search/, /uk/search/). */
export const isJsBudgetExempt = (url: string): boolean =>
  JS_BUDGET_EXEMPT[splitLocale(url).rest] !== undefined;

/** One page's bytes by kind. */
export interface PageBytes {
  url: string;
  diagrams: boolean;
  html: number;
  css: number;
  js: number;
  fonts: number;
  images: number;
  total: number;
}

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.svg', '.json', '.xml', '.txt', '.csv']);
const FONT = /\.(woff2?|ttf|otf)$/i;

/** Bytes of a built file over the network; 0 when it is not in the build (links.test reports that). */
function wireBytes(path: string): number {
  const data = readDist(path.replace(/^\//, ''));
  if (!data) return 0;
  return TEXT.has(extname(path).toLowerCase()) ? gzipSize(data) : data.length;
}

/** A same-site URL (relative to `base`) as a path, or `undefined` for other sites and data: URLs. */
function sitePath(url: string, base: string): string | undefined {
  if (/^data:/i.test(url.trim())) return undefined;
  const resolved = new URL(url, new URL(base, SITE_ORIGIN));
  return resolved.origin === SITE_ORIGIN ? resolved.pathname : undefined;
}

/** The `url(…)` targets of a stylesheet, as paths. */
function cssUrls(css: string, base: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((m) => sitePath(m[2] ?? '', base))
    .filter((p): p is string => p !== undefined);
}

/** The bytes of one page. */
export function pageBytes(page: Page): PageBytes {
  const root: Root = tree(page);
  const sheets = byTag(root, 'link')
    .filter((l) => attr(l, 'rel') === 'stylesheet' && attr(l, 'href'))
    .map((l) => sitePath(attr(l, 'href') ?? '', page.url))
    .filter((p): p is string => p !== undefined);
  const inline = inlineStyles(root);
  const cssFiles = sheets.reduce((sum, p) => sum + wireBytes(p), 0);
  const referenced = [
    ...inline.flatMap((c) => cssUrls(c, page.url)),
    ...sheets.flatMap((p) => cssUrls(readDist(p.slice(1))?.toString('utf8') ?? '', p)),
  ];
  const images = [
    ...byTag(root, 'img').map((i) => attr(i, 'src')),
    ...byTag(root, 'link')
      .filter((l) => /\bicon\b/.test(attr(l, 'rel') ?? ''))
      .map((l) => attr(l, 'href')),
  ]
    .filter((u): u is string => u !== undefined)
    .map((u) => sitePath(u, page.url))
    .filter((p): p is string => p !== undefined);
  const fontFiles = new Set(referenced.filter((p) => FONT.test(p)));
  const imageFiles = new Set([...images, ...referenced.filter((p) => !FONT.test(p))]);
  const js = scriptBytes(root);
  const bytes = {
    html: gzipSize(page.html),
    css: cssFiles + inline.reduce((s, c) => s + gzipSize(c), 0),
    js: js.inline + js.files,
    fonts: [...fontFiles].reduce((s, p) => s + wireBytes(p), 0),
    images: [...imageFiles].reduce((s, p) => s + wireBytes(p), 0),
  };
  // Inline <style> and <script> travel inside the HTML, so the total counts them once, there.
  const total = bytes.html + cssFiles + js.files + bytes.fonts + bytes.images;
  return { url: page.url, diagrams: isDiagramPage(page.html), ...bytes, total };
}

/** A table of pages and their bytes (in KB), for failure messages. */
export function bytesTable(rows: readonly PageBytes[]): string {
  const kb = (n: number) => (n / KB).toFixed(1);
  const header = ['page', 'diagrams', 'html', 'css', 'js', 'fonts', 'images', 'total (KB gzip)'];
  const body = rows.map((r) => [
    r.url,
    r.diagrams ? 'yes' : '',
    kb(r.html),
    kb(r.css),
    kb(r.js),
    kb(r.fonts),
    kb(r.images),
    kb(r.total),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}
