/**
 * The dev server's pages, found the way a reader finds them: start from the home page and the
 * content's own URLs, follow every link to another page of the site. Used to build the search
 * index in `npm run dev` from what the dev server renders (src/dev/search-index.ts).
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Paths that are never pages: the index itself and Vite's and Astro's own files. */
const NOT_PAGES = /^\/(?:pagefind|_astro|@[a-z]+|node_modules|src)\//;

/**
 * The site pages a page links to, as paths (`/timeline/`), without #anchors or queries. A page
 * path ends in `/` (the site uses trailing slashes); files such as `/updates.xml` or `/data/x.csv`
 * are left out, as are other origins.
 * @param html The page's HTML.
 * @param from The page's own URL, to resolve relative links against.
 */
export function pageLinks(html: string, from: string): string[] {
  const base = new URL(from);
  const found = new Set<string>();
  const walk = (node: Nodes): void => {
    if (node.type === 'element') {
      const href = (node as Element).properties['href'];
      if (node.tagName === 'a' && typeof href === 'string') {
        const url = new URL(href, base);
        if (
          url.origin === base.origin &&
          url.pathname.endsWith('/') &&
          !NOT_PAGES.test(url.pathname)
        ) {
          found.add(decodeURI(url.pathname));
        }
      }
    }
    if (node.type === 'element' || node.type === 'root')
      node.children.forEach((c) => walk(c as Nodes));
  };
  walk(fromHtml(html));
  return [...found].sort();
}

/** A page as the crawl fetched it. */
export interface FetchedPage {
  url: string;
  html: string;
}

/**
 * Fetch `seeds` from `origin` and every page they lead to, a few at a time. Pages that do not
 * answer 200 with HTML (a page with a content error, say) are left out and named in `skipped`;
 * a server error is tried once more at the end, as a first render on a busy machine can time out.
 * @param fetchPage Fetches a full URL; `fetch` in the dev server, a fake in tests.
 */
export async function crawlPages(
  origin: string,
  seeds: readonly string[],
  fetchPage: (url: string) => Promise<Response>,
  parallel = 2,
): Promise<{ pages: FetchedPage[]; skipped: string[] }> {
  const seen = new Set<string>(seeds);
  const queue = [...seen];
  const pages: FetchedPage[] = [];
  const skipped: string[] = [];
  const retried = new Set<string>();
  const worker = async (): Promise<void> => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const url = new URL(path, origin).toString();
      const response = await fetchPage(url);
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.includes('text/html')) {
        await response.body?.cancel();
        if (response.status >= 500 && !retried.has(path)) {
          retried.add(path);
          queue.push(path);
          continue;
        }
        skipped.push(`${path} (${response.status})`);
        continue;
      }
      const html = await response.text();
      pages.push({ url: path, html });
      for (const link of pageLinks(html, url)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
  };
  // Workers that find the queue empty stop; the queue only grows while a page is being read,
  // so keep starting rounds until nothing is left.
  while (queue.length > 0) await Promise.all(Array.from({ length: parallel }, worker));
  pages.sort((a, b) => a.url.localeCompare(b.url));
  return { pages, skipped: skipped.sort() };
}
