/**
 * Resolving the links of built pages against the built files: the logic behind links.test.ts.
 */
import { fileForPath, pages, SITE_ORIGIN, type Page } from './dist.ts';
import { anchors, references, tree, type Reference } from './html.ts';

/** A link that does not lead anywhere, with the reason in words. */
export interface BrokenLink extends Reference {
  page: string;
  reason: string;
}

const anchorCache = new Map<string, Set<string>>();

/** The ids of a built page, by file (parsed once). */
function anchorsOf(file: string): Set<string> {
  let ids = anchorCache.get(file);
  if (!ids) {
    const page = pages().find((p) => p.file === file);
    ids = page ? anchors(tree(page)) : new Set();
    anchorCache.set(file, ids);
  }
  return ids;
}

/** Why an internal URL (already resolved against the site origin) is broken, or `undefined`. */
export function brokenReason(url: URL): string | undefined {
  const file = fileForPath(url.pathname);
  if (!file) {
    const withSlash = fileForPath(`${url.pathname}/`);
    return withSlash
      ? `no file serves ${url.pathname}; link to ${url.pathname}/ (with the trailing slash)`
      : `no file in the build serves ${url.pathname}`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  // "#" and "#top" scroll to the top of any page without needing an id.
  if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) return undefined;
  return anchorsOf(file).has(fragment)
    ? undefined
    : `${url.pathname} has no element with id="${fragment}"`;
}

/** Every broken internal link or resource reference on a page. */
export function brokenLinks(page: Page): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const base = new URL(page.url, SITE_ORIGIN);
  for (const reference of references(tree(page))) {
    const report = (reason: string) => broken.push({ ...reference, page: page.file, reason });
    if (reference.url.trim() === '') {
      report('the URL is empty');
      continue;
    }
    let url: URL;
    try {
      url = new URL(reference.url, base);
    } catch {
      report('the URL cannot be parsed');
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (url.origin !== SITE_ORIGIN) continue;
    const reason = brokenReason(url);
    if (reason) report(reason);
  }
  return broken;
}
