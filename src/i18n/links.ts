/**
 * Links in a page of another language point at that language's pages: contributors write
 * `/the-plan/` in every language, components build English paths, and this rewrites them once,
 * on the finished HTML, to `/uk/the-plan/`. Files (scripts, the search index, cards, the icon)
 * and links that name their own language (the language switch) are left alone.
 */
import { localisePath } from './locales.ts';

/** Root-relative paths that are files, not pages, and are the same in every language. */
const SHARED =
  /^\/(?:_astro|pagefind|social)\/|^\/(?:favicon\.svg|sw\.js|robots\.txt|sitemap[^/]*\.xml)$/;

const ANCHOR = /<a\b[^>]*>/g;
const HREF = /(\shref=")(\/(?!\/)[^"]*)"/;

/** A page's HTML with its links to pages moved into the language `code`. */
export function localiseLinks(html: string, code: string): string {
  return html.replace(ANCHOR, (tag) => {
    if (/\shreflang=/.test(tag)) return tag;
    return tag.replace(HREF, (whole, attribute: string, path: string) => {
      const bare = path.replace(/[?#].*$/, '');
      if (SHARED.test(bare)) return whole;
      return `${attribute}${localisePath(path, code)}"`;
    });
  });
}
