/**
 * The rules of the MDX content policy: which HTML elements content may use, and which attributes
 * and URLs are refused (the components it may use are listed in src/collections/components.ts).
 * Pure data and small predicates, shared by the policy (src/collections/check/policy.ts) and the
 * checks on the built site.
 */

/**
 * Lower-case HTML elements content may write directly. Phrasing and disclosure elements that
 * Markdown has no syntax for; links, images, tables and headings are written in Markdown.
 */
export const ALLOWED_HTML_ELEMENTS: readonly string[] = [
  'abbr',
  'b',
  'bdi',
  'br',
  'cite',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
];

/** Elements refused with a message of their own: they run code, load documents or restyle the page. */
export const FORBIDDEN_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
];

/** Attributes whose value is a URL, so a `javascript:`/`data:` value could run or smuggle code. */
export const URL_ATTRIBUTES: readonly string[] = [
  'action',
  'background',
  'cite',
  'codebase',
  'data',
  'formaction',
  'href',
  'longdesc',
  'poster',
  'src',
  'srcset',
  'xlink:href',
];

/**
 * Why an attribute name is refused, or `undefined` when it is fine. Event handlers run script;
 * `dangerouslySetInnerHTML` and Astro's `set:*` inject raw HTML; `client:*` would ship a
 * framework runtime; `style`, `srcdoc` and `is:*` bypass the site's styles and sanitising.
 */
export function refusedAttributeReason(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (/^on/.test(lower)) return 'event-handler attributes run JavaScript';
  if (lower === 'dangerouslysetinnerhtml' || lower.startsWith('set:')) return 'it injects raw HTML';
  if (lower.startsWith('client:')) return 'it would ship JavaScript to readers';
  if (lower.startsWith('is:')) return 'it changes how Astro processes the element';
  if (lower === 'style') return "inline styles bypass the site's design; use its classes";
  if (lower === 'srcdoc') return 'it embeds a whole document';
  return undefined;
}

/**
 * The scheme of a URL that would run or embed code (`javascript:`, `vbscript:`, `data:`), or
 * `undefined` for an ordinary URL. Browsers ignore ASCII whitespace and control characters in
 * a scheme (`java\tscript:` works), so they are removed before looking.
 */
export function dangerousUrlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const match = /^(javascript|vbscript|data):/.exec(compact);
  return match ? `${match[1]}:` : undefined;
}
