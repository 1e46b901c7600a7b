/**
 * A site served under a sub-path (`https://owner.github.io/repo/`): contributors and components
 * write site paths (`/the-plan/`, `/search/`, `/updates.xml`), and this puts the base in front of
 * every root-relative URL of the finished HTML, once, so no template or content file has to know
 * where the site is served. Absolute URLs, `//host` URLs, fragments, relative paths and URLs
 * already under the base (Astro's own `/repo/_astro/…`) are left as they are.
 */
import { normaliseBase, withBase } from '../shared/urls.ts';

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

/** One URL with the base added when it is root-relative. */
function rebase(base: string, url: string): string {
  return /^\/(?![/\s])|^\/$/.test(url) ? withBase(base, url) : url;
}

/** A `srcset` value with each candidate's URL rebased, descriptors kept. */
function rebaseSrcset(base: string, value: string): string {
  return value
    .split(',')
    .map((candidate) =>
      candidate.replace(
        /^(\s*)(\S+)/,
        (_, space: string, url: string) => space + rebase(base, url),
      ),
    )
    .join(',');
}

/** One start tag with the base added to its URLs. */
function rebaseTag(base: string, tag: string): string {
  let out = tag
    .replace(
      URL_ATTRIBUTE,
      (_, name: string, q: string, url: string) => `${name}${q}${rebase(base, url)}${q}`,
    )
    .replace(
      SRCSET,
      (_, name: string, q: string, value: string) => `${name}${q}${rebaseSrcset(base, value)}${q}`,
    );
  if (/^<meta\b/i.test(out) && META_URL.test(out)) {
    out = out.replace(
      CONTENT,
      (_, name: string, q: string, url: string) => `${name}${q}${rebase(base, url)}${q}`,
    );
  }
  return out;
}

/**
 * A page's HTML with the base `base` (`/repo`, or `''` at a domain's root) in front of every
 * root-relative URL in its markup: `href`, `src`, `srcset`, `action`, `poster` and the URL meta
 * tags. The text inside `<script>` and `<style>` is not touched. With an empty base the HTML is
 * returned unchanged.
 */
export function rebaseHtml(html: string, base: string): string {
  const b = normaliseBase(base);
  if (b === '') return html;
  const markup = (part: string) => part.replace(TAG, (tag) => rebaseTag(b, tag));
  let out = '';
  let last = 0;
  for (const match of html.matchAll(RAW_TEXT)) {
    const [whole, open = '', , text = '', close = ''] = match;
    out += markup(html.slice(last, match.index)) + markup(open) + text + close;
    last = match.index + whole.length;
  }
  return out + markup(html.slice(last));
}
