/**
 * The page the worker shows when a reader opens, offline, a page that is not saved: it says so
 * and lists the saved pages of the reader's language with links, instead of the browser's error.
 */
import { fill, wordsFor } from './strings.ts';

/** A saved page to list. */
export interface SavedPage {
  url: string;
  title: string;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The offline page for `requested` (an address) in `lang`, with the site's stylesheets (saved
 * ahead with every first visit) and the saved pages in the order given.
 */
export function offlinePage(options: {
  lang: string;
  htmlLang: string;
  requested: string;
  stylesheets: readonly string[];
  saved: readonly SavedPage[];
  searchSaved: boolean;
}): string {
  const words = wordsFor(options.lang);
  const links = options.stylesheets
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`)
    .join('');
  const list = options.saved.length
    ? `<ul>${options.saved
        .map((page) => `<li><a href="${escapeHtml(page.url)}">${escapeHtml(page.title)}</a></li>`)
        .join('')}</ul>`
    : `<p>${escapeHtml(words.noSavedPages)}</p>`;
  const requested = `<code>${escapeHtml(options.requested)}</code>`;
  return (
    `<!doctype html><html lang="${escapeHtml(options.htmlLang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(words.offlineTitle)}</title>${links}</head>` +
    `<body><main id="main" class="wrap offline-page" data-offline-page>` +
    `<h1>${escapeHtml(words.offlineTitle)}</h1>` +
    `<p>${fill(escapeHtml(words.offlineBody), { page: requested })}</p>` +
    `<p>${escapeHtml(options.searchSaved ? words.searchSaved : words.searchNotSaved)}</p>` +
    `<h2>${escapeHtml(words.savedPagesHeading)}</h2>${list}</main></body></html>`
  );
}

/** The note put at the top of the search page when it is served offline. */
export function searchNote(lang: string, searchSaved: boolean): string {
  const words = wordsFor(lang);
  return `<div class="saved-copy" role="status" data-offline-search><p>${escapeHtml(
    searchSaved ? words.searchSaved : words.searchNotSaved,
  )}</p></div>`;
}
