/**
 * A site served under a sub-path (`https://owner.github.io/repo/`): contributors and components
 * write site paths (`/the-plan/`, `/search/`, `/updates.xml`), and this puts the base in front of
 * every root-relative URL of the finished HTML, once, so no template or content file has to know
 * where the site is served. Absolute URLs, `//host` URLs, fragments and relative paths are left
 * as they are, and so are the URLs Astro and Vite write under the base themselves (`/repo/_astro/…`
 * in a build; `/repo/@vite/…`, `/repo/src/…` in `astro dev`).
 *
 * A page of another language has its links localised first (src/i18n/links.ts), then rebased:
 * {@link finishPageHtml} does both, in that order, so `/the-plan/` on a Ukrainian page becomes
 * `/repo/uk/the-plan/`, never `/uk/repo/the-plan/` nor `/repo/repo/…`.
 */
import { localiseLinks } from '../i18n/links.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { absoluteUrl, normaliseBase, withBase } from '../shared/urls.ts';

// Elements are matched with their quoted attribute values, so a `>` inside a value does not end one.
const TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
// Text in these elements is not markup: a `<` in a script is not a tag.
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
/** Attributes whose whole value is one URL. */
const URL_ATTRIBUTE =
  /(\s(?:href|src|action|formaction|poster|xlink:href)\s*=\s*)(["'])([^"']*)\2/gi;
const SRCSET = /(\s(?:srcset|imagesrcset)\s*=\s*)(["'])([^"']*)\2/gi;
// `<meta content>` is a URL only for the properties that hold one (og:url, og:image, …).
const META_URL =
  /\s(?:property|name)\s*=\s*["'](?:og:(?:url|image|image:url|image:secure_url|audio|video)|twitter:image|msapplication-[a-z]+)["']/i;
const CONTENT = /(\scontent\s*=\s*)(["'])([^"']*)\2/i;
/** A root-relative URL: `/x`, `/`, but not `//host/x`. */
const ROOT_RELATIVE = /^\/(?![/\s])|^\/$/;
/** What Astro and Vite write under the base themselves: built assets, and dev-server modules. */
const WRITTEN_WITH_BASE = /^\/(?:_astro|@vite|@id|@fs|node_modules|src)\//;

/** A `srcset` value with `map` applied to each candidate's URL, descriptors kept. */
function mapSrcset(value: string, map: (url: string) => string): string {
  return value
    .split(',')
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + map(url)),
    )
    .join(',');
}

/** One start tag with `map` applied to its URLs. */
function mapTag(tag: string, map: (url: string) => string): string {
  let out = tag
    .replace(
      URL_ATTRIBUTE,
      (_, name: string, q: string, url: string) => `${name}${q}${map(url)}${q}`,
    )
    .replace(
      SRCSET,
      (_, name: string, q: string, value: string) => `${name}${q}${mapSrcset(value, map)}${q}`,
    );
  if (/^<meta\b/i.test(out) && META_URL.test(out)) {
    out = out.replace(
      CONTENT,
      (_, name: string, q: string, url: string) => `${name}${q}${map(url)}${q}`,
    );
  }
  return out;
}

/**
 * HTML with `map` applied to every URL of its markup: `href`, `src`, `srcset`, `action`,
 * `formaction`, `poster`, `xlink:href` and the URL meta tags. The text inside `<script>` and
 * `<style>` is not touched.
 */
export function mapHtmlUrls(html: string, map: (url: string) => string): string {
  const markup = (part: string) => part.replace(TAG, (tag) => mapTag(tag, map));
  let out = '';
  let last = 0;
  for (const match of html.matchAll(RAW_TEXT)) {
    const [whole, open = '', , text = '', close = ''] = match;
    out += markup(html.slice(last, match.index)) + markup(open) + text + close;
    last = match.index + whole.length;
  }
  return out + markup(html.slice(last));
}

/**
 * A page's HTML with the base `base` (`/repo`, or `''` at a domain's root) in front of every
 * root-relative URL in its markup (see {@link mapHtmlUrls}), except those Astro already wrote
 * under it. With an empty base the HTML is returned unchanged.
 */
export function rebaseHtml(html: string, base: string): string {
  const b = normaliseBase(base);
  if (b === '') return html;
  return mapHtmlUrls(html, (url) => {
    if (!ROOT_RELATIVE.test(url)) return url;
    if (url.startsWith(`${b}/`) && WRITTEN_WITH_BASE.test(url.slice(b.length))) return url;
    return withBase(b, url);
  });
}

/**
 * The finished HTML of a page in the language `code` on a site served under `base`: its links
 * to pages moved into that language's edition (for a language other than the source), then the
 * base put in front of every root-relative URL.
 */
export function finishPageHtml(html: string, code: string, base: string): string {
  const localised = code === SOURCE_LOCALE.code ? html : localiseLinks(html, code);
  return rebaseHtml(localised, base);
}

/**
 * HTML meant to be read away from the site (the entries of the Atom feed), written with site
 * paths, with every root-relative URL made absolute on the site's address `site`, its path
 * included: ("https://o.github.io/repo", `<a href="/glossary/#x">`) →
 * `<a href="https://o.github.io/repo/glossary/#x">`. A feed reader would resolve a
 * root-relative link against the domain alone, outside the base.
 */
export function absoluteHtml(html: string, site: string): string {
  return mapHtmlUrls(html, (url) => (ROOT_RELATIVE.test(url) ? absoluteUrl(site, url) : url));
}
