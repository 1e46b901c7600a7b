/**
 * Search records for the entries of list pages: each event on the timeline, each glossary term,
 * each provision and each source becomes a search result of its own, titled with its name, filed
 * under its kind, and linking to its anchor (`/timeline/#<event-id>`).
 *
 * Pagefind only makes sub-results of headings, and its filters apply to whole pages, so a page of
 * thirty events would otherwise be one result filed under one kind. The markup marks each entry
 * with `data-search-entry="<kind>"` (and optionally `data-search-title`); the index build reads the
 * built HTML with these functions, leaves the entries out of their page (Pagefind's
 * excludeSelectors) and adds one small document per entry instead.
 *
 * Pure: HTML in, records out.
 */
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { splitLocale } from '../i18n/index.ts';
import { ENTRY_HOME, isEntryKind, kindFilter, type EntryKind } from './kinds.ts';

/** The selector that keeps entries out of their page's own record. */
export const ENTRY_SELECTOR = '[data-search-entry]';

/** One entry found in a page. */
export interface SearchEntry {
  kind: EntryKind;
  /** The element's id: the anchor the result links to. */
  id: string;
  title: string;
  /** The entry's text, one string per block (paragraph, cell, list item). */
  blocks: string[];
}

/** A document for Pagefind's `addHTMLFile`: the URL it links to and the HTML to index. */
export interface EntryRecord {
  url: string;
  content: string;
}

const BLOCKS = new Set(
  'address article aside blockquote br caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);

/** A node of a page as parse5 reads it, an element, and the page itself. */
type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type Document = DefaultTreeAdapterTypes.Document;

const isElement = (node: Node): node is Element => tree.isElementNode(node);
const childrenOf = (node: Node): readonly Node[] => ('childNodes' in node ? node.childNodes : []);
const textOfNode = (node: Node): string | undefined =>
  tree.isTextNode(node) ? tree.getTextNodeContent(node) : undefined;

/** The value of an element's attribute, undefined when it has none. */
const attribute = (element: Element, name: string): string | undefined =>
  tree.getAttrList(element).find((attr) => attr.name === name)?.value;

/** The text of a node as blocks: block elements start a new block, ignored parts are left out. */
function blocksOf(node: Node): string[] {
  const blocks: string[] = [''];
  const walk = (n: Node): void => {
    const value = textOfNode(n);
    if (value !== undefined) blocks[blocks.length - 1] += value;
    const element = isElement(n) ? n : undefined;
    if (element) {
      // Decorative parts (a "#" self-link, a label repeated for small screens) are hidden from
      // assistive technology with aria-hidden, and are left out of search for the same reason.
      const hidden = attribute(element, 'aria-hidden') === 'true';
      if (
        SKIPPED.has(element.tagName) ||
        hidden ||
        attribute(element, 'data-pagefind-ignore') !== undefined
      ) {
        return;
      }
      if (BLOCKS.has(element.tagName)) blocks.push('');
    }
    childrenOf(n).forEach(walk);
    if (element && BLOCKS.has(element.tagName)) blocks.push('');
  };
  walk(node);
  return blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b.length > 0);
}

function findAll(node: Node, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if (isElement(node) && test(node)) found.push(node);
  for (const child of childrenOf(node)) findAll(child, test, found);
  return found;
}

const text = (node: Node): string => blocksOf(node).join(' ');

/**
 * A whole page as parse5 reads it, walked as it is: the index's one parse of every built page,
 * with no conversion into another tree (which took as long again as the parse).
 */
const parsePage = (html: string): Document => parse(html, { scriptingEnabled: false });

/** The title of an entry: its data-search-title, else its first heading, term or row header. */
function titleOf(element: Element): string {
  const given = attribute(element, 'data-search-title');
  if (given?.trim()) return given.trim();
  const [first] = findAll(element, (e) => /^(h[1-6]|dt|th|caption)$/.test(e.tagName));
  return first ? text(first) : '';
}

/**
 * The page title, its language (`<html lang>`, which Pagefind files it under), whether the page
 * is in search (has `data-pagefind-body`), its entries, and the text Pagefind indexes from it
 * without `excluded` (as indexedText reads it), all from one parse of the page. Only entries
 * inside the indexed part of the page count, so a page left out of search has none.
 * @throws If an entry has no id, an unknown kind or no title: the markup must be fixed.
 */
export function extractEntries(
  html: string,
  where = 'page',
  excluded: readonly string[] = [],
): { title: string; lang: string; indexed: boolean; entries: SearchEntry[]; text: string } {
  const root = parsePage(html);
  const lang = langOf(root);
  const bodies = findAll(root, (e) => attribute(e, 'data-pagefind-body') !== undefined);
  const [titled] = findAll(root, (e) => attribute(e, 'data-pagefind-meta') === 'title');
  const [titleElement] = findAll(root, (e) => e.tagName === 'title');
  const title = titled ? text(titled) : titleElement ? text(titleElement) : '';
  const entries = bodies.flatMap((body) =>
    findAll(body, (e) => attribute(e, 'data-search-entry') !== undefined).map((element) => {
      const kind = attribute(element, 'data-search-entry');
      const id = attribute(element, 'id');
      const entryTitle = titleOf(element);
      const problem = !isEntryKind(kind)
        ? `has data-search-entry="${String(kind)}"; use one of event, term, provision, source`
        : typeof id !== 'string' || !id
          ? 'has no id, so a search result could not link to it; give it id={entry.id}'
          : !entryTitle
            ? 'has no title; add data-search-title or a heading inside it'
            : undefined;
      if (problem) throw new Error(`Search index: an entry in ${where} ${problem}.`);
      return {
        kind: kind as EntryKind,
        id: id as string,
        title: entryTitle,
        blocks: blocksOf(element),
      };
    }),
  );
  return { title, lang, indexed: bodies.length > 0, entries, text: textOf(bodies, excluded) };
}

/**
 * The page's HTML with a space after the end of each element Pagefind runs into the next one:
 * it reads `<dt>Role</dt><dd>President</dd>` (as Astro writes it, without whitespace) as the
 * single word "RolePresident", which no search would find.
 */
export function spaceBlocks(html: string): string {
  return html.replace(/<\/(dt|dd|blockquote|figcaption|summary|caption|th|td|li)>/gi, '</$1> ');
}

/** An `<svg>` start or end tag (`<svg …>`, `</svg>`), for withoutSvgContent. */
const SVG_TAG = /<(\/?)svg(?=[\s/>])[^>]*>/gi;

/**
 * The page's HTML with the inside of each `<svg>` taken out: its start tag stays, with its id (an
 * anchor Pagefind records), closed at once. Neither the index nor Pagefind reads an SVG's text
 * (`svg` is in NEVER_INDEXED), and a page's diagrams and maps are most of its bytes, so the page
 * is read faster without them and indexed the same. Nested SVGs go with the one around them; a
 * page whose `<svg>` tags do not balance is returned as it is.
 */
export function withoutSvgContent(html: string): string {
  let out = '';
  let kept = 0;
  let depth = 0;
  for (const tag of html.matchAll(SVG_TAG)) {
    const closing = tag[1] === '/';
    const empty = !closing && tag[0].endsWith('/>');
    if (depth === 0) {
      if (closing) return html;
      out += html.slice(kept, tag.index + tag[0].length);
      kept = tag.index + tag[0].length;
      if (!empty) {
        out += '</svg>';
        depth = 1;
      }
    } else if (closing) {
      depth -= 1;
      if (depth === 0) kept = tag.index + tag[0].length;
    } else if (!empty) {
      depth += 1;
    }
  }
  return depth === 0 ? out + html.slice(kept) : html;
}

/** What Pagefind never indexes, whatever the page says (its own list). */
const NEVER_INDEXED = new Set(
  'head style script noscript label form svg footer nav iframe template'.split(' '),
);

/** The elements Pagefind runs into the text around them; any other ends a word. */
const INLINE = new Set(
  'a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var'.split(
    ' ',
  ),
);

/**
 * A test for one simple selector (a tag, classes, attributes: `ol.references`,
 * `[data-search-entry]`), the kind Pagefind's excludeSelectors are written in here.
 * @throws For any other selector, so the text the index reads never silently differs from
 *   what Pagefind indexes.
 */
function simpleSelector(selector: string): (e: Element) => boolean {
  const parts = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+)*)((?:\[[\w-]+\])*)$/i.exec(selector.trim());
  if (!parts || !selector.trim()) {
    throw new Error(
      `Search index (src/search/integration.ts): the excluded selector "${selector}" is not a tag, class or [attribute]; write it as one (such as "ol.references") or extend simpleSelector() in src/search/entries.ts.`,
    );
  }
  const tag = parts[1]?.toLowerCase();
  const classes = (parts[2] ?? '').split('.').filter(Boolean);
  const attributes = [...(parts[3] ?? '').matchAll(/\[([\w-]+)\]/g)].map((m) =>
    m[1]!.toLowerCase(),
  );
  return (e) => {
    const list = (attribute(e, 'class') ?? '').split(/\s+/).filter(Boolean);
    return (
      (!tag || e.tagName === tag) &&
      classes.every((c) => list.includes(c)) &&
      attributes.every((a) => attribute(e, a) !== undefined)
    );
  };
}

/**
 * The text Pagefind indexes from a record's HTML, and its `<html lang>`: the parts marked
 * `data-pagefind-body`, without `data-pagefind-ignore`, the elements Pagefind always skips, or
 * those matching `excluded` (simple selectors).
 */
export function indexedText(
  html: string,
  excluded: readonly string[],
): { lang: string; text: string } {
  const root = parsePage(html);
  const bodies = findAll(root, (e) => attribute(e, 'data-pagefind-body') !== undefined);
  return { lang: langOf(root), text: textOf(bodies, excluded) };
}

/** The `lang` of a parsed page's `<html>` element, empty when it has none. */
function langOf(root: Document): string {
  const [htmlElement] = findAll(root, (e) => e.tagName === 'html');
  return htmlElement ? (attribute(htmlElement, 'lang') ?? '') : '';
}

/** The text Pagefind indexes from the `data-pagefind-body` elements of a parsed page. */
function textOf(bodies: readonly Element[], excluded: readonly string[]): string {
  const skipped = excluded.map(simpleSelector);
  const parts: string[] = [];
  const walk = (n: Node): void => {
    const value = textOfNode(n);
    if (value !== undefined) parts.push(value);
    if (!isElement(n)) return;
    if (NEVER_INDEXED.has(n.tagName) || attribute(n, 'data-pagefind-ignore') !== undefined) return;
    if (skipped.some((test) => test(n))) return;
    // "<p>a</p><p>b</p>" is two words, "<p>a<b>b</b></p>" one, as Pagefind reads them.
    const gap = INLINE.has(n.tagName) ? '' : ' ';
    parts.push(gap);
    childrenOf(n).forEach(walk);
    parts.push(gap);
  };
  for (const body of bodies) walk(body);
  return parts.join('');
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML Pagefind indexes for one entry: its title weighted like a page title, the name of the
 * page it sits on as `page` metadata (shown beside the result), and its kind as a filter, named
 * in the words of the page's edition (`code`). `lang` is the language of the page it sits on, so
 * the entry goes into that language's index.
 */
export function entryDocument(
  entry: SearchEntry,
  pageTitle: string,
  lang = 'en',
  code = 'en',
): string {
  // The title is the h1; where the entry repeats it (its own heading), only the rest is kept,
  // so excerpts do not start with the title twice.
  const lower = entry.title.toLowerCase();
  const blocks = entry.blocks
    .map((b) => (b.toLowerCase().startsWith(lower) ? b.slice(lower.length).trim() : b))
    .filter((b) => b.length > 0)
    .map((b) => `<p>${escapeHtml(b)}</p>`)
    .join('');
  return (
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><title>${escapeHtml(entry.title)}</title>` +
    `<meta data-pagefind-meta="page[content]" content="${escapeHtml(pageTitle)}"></head><body>` +
    `<main data-pagefind-body data-pagefind-filter="${escapeHtml(kindFilter(entry.kind, code))}">` +
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeHtml(entry.title)}</h1>` +
    `${blocks}</main></body></html>`
  );
}

/**
 * A record's HTML with one more piece of metadata, `field` set to `value` (Pagefind reads
 * `data-pagefind-meta` anywhere in the document; the page itself never shows it).
 */
export function withMetadata(html: string, field: string, value: string): string {
  const meta = `<meta data-pagefind-meta="${escapeHtml(field)}[content]" content="${escapeHtml(value)}">`;
  const head = html.search(/<\/head>/i);
  return head === -1 ? `${meta}${html}` : `${html.slice(0, head)}${meta}${html.slice(head)}`;
}

/**
 * One record per entry and language across all pages. An entry listed on several pages of one
 * edition is indexed once, on the home page of its kind in that edition (ENTRY_HOME, under the
 * language's prefix: `/uk/timeline/`) when it is there, else on the first page by URL. Each
 * edition keeps its own record, in its own words, in its own language's index.
 */
export function entryRecords(
  pages: readonly {
    url: string;
    title: string;
    lang?: string;
    entries: readonly SearchEntry[];
  }[],
): EntryRecord[] {
  const chosen = new Map<
    string,
    { url: string; title: string; lang: string; code: string; entry: SearchEntry; home: boolean }
  >();
  const sorted = [...pages].sort((a, b) => a.url.localeCompare(b.url));
  for (const page of sorted) {
    const { code, rest } = splitLocale(page.url);
    for (const entry of page.entries) {
      const key = `${code}:${entry.kind}:${entry.id}`;
      const current = chosen.get(key);
      const home = rest === ENTRY_HOME[entry.kind];
      if (!current || (!current.home && home)) {
        const lang = page.lang ?? 'en';
        chosen.set(key, { url: page.url, title: page.title, lang, code, entry, home });
      }
    }
  }
  return [...chosen.values()].map(({ url, title, lang, code, entry }) => ({
    url: `${url}#${encodeURIComponent(entry.id)}`,
    content: entryDocument(entry, title, lang, code),
  }));
}
