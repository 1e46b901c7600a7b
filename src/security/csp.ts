/**
 * Content-Security-Policy for the built site: pure functions that hash inline scripts, build the
 * policy string, put it into a page's <head> and into a `_headers` file. The integration in
 * `src/security/integration.ts` applies them to every page after the build.
 */
import { createHash } from 'node:crypto';

/** A CSP source expression for an inline script's exact text, e.g. `'sha256-abc…='`. */
export function hashScript(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Script types that are data blocks (structured data, JSON): the browser never runs them, so
// the policy does not govern them and allowing their hash would only widen the policy.
const DATA_BLOCK_TYPE = /\stype\s*=\s*["']?application\/(ld\+)?json["'\s>]/i;

/**
 * The text of every inline classic or module `<script>` in a page (not those with `src`, whose
 * files are allowed by `'self'`, nor JSON and JSON-LD data blocks, which never run). A script's
 * text is raw: it ends at the first `</script`, which is where the browser ends it too, and the
 * browser hashes exactly these characters.
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    if (DATA_BLOCK_TYPE.test(`${attributes}>`)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** Options of {@link buildCsp}. */
export interface CspOptions {
  /** Hash sources (from {@link hashScript}) of the inline scripts to allow. */
  scriptHashes: readonly string[];
  /** Add `frame-ancestors 'none'`: only valid in an HTTP header, browsers ignore it in <meta>. */
  frameAncestors?: boolean;
}

/**
 * The policy. Scripts: only the site's own files, the hashed inline scripts and WebAssembly
 * (Pagefind compiles its search engine from a .wasm file, which needs 'wasm-unsafe-eval'; it
 * does not allow eval()). Styles keep 'unsafe-inline': the build-time diagram SVGs carry their
 * own <style> and style="" attributes, and attributes cannot be hashed; CSS cannot run script.
 * Images may be data: URLs (small icons inlined by the build).
 */
export function buildCsp({ scriptHashes, frameAncestors = false }: CspOptions): string {
  const unique = [...new Set(scriptHashes)].sort();
  const directives = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...unique].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (frameAncestors) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

const CSP_META = /<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>/gi;

/** Escapes a value for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Puts the policy into a page as `<meta http-equiv="Content-Security-Policy">`, replacing any
 * earlier one. It goes right after `<meta charset>` when that opens the head (the charset must
 * come within the first 1024 bytes, and it loads nothing), otherwise first in <head>: a meta
 * policy only covers what comes after it.
 * @throws When the page has no <head>, since the policy would then not apply.
 */
export function injectCspMeta(html: string, csp: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">`;
  const page = html.replace(CSP_META, '');
  const withCharset = /<head(\s[^>]*)?>\s*<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(page);
  const head = withCharset ?? /<head(\s[^>]*)?>/i.exec(page);
  if (!head)
    throw new Error('This page has no <head>, so a Content-Security-Policy cannot be added.');
  const at = head.index + head[0].length;
  return page.slice(0, at) + tag + page.slice(at);
}

/** The security headers every response gets, besides the CSP itself. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * A `_headers` file (Netlify, Cloudflare Pages) with the policy for every path. Lines of the
 * template are kept; in its `/*` block, the CSP line is replaced (or added first) and missing
 * {@link SECURITY_HEADERS} are added. Without a `/*` block, one is appended.
 */
export function headersFile(template: string, csp: string): string {
  const trimmed = template.replace(/\s+$/, '');
  const lines = trimmed === '' ? [] : trimmed.split('\n');
  let start = lines.findIndex((line) => line.trim() === '/*');
  if (start === -1) {
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    lines.push('/*');
    start = lines.length - 1;
  }
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end] ?? '')) end += 1;
  const block = lines
    .slice(start + 1, end)
    .filter((line) => !/^\s*content-security-policy\s*:/i.test(line));
  const present = new Set(block.map((line) => line.split(':')[0]?.trim().toLowerCase()));
  const missing = Object.entries(SECURITY_HEADERS)
    .filter(([name]) => !present.has(name.toLowerCase()))
    .map(([name, value]) => `  ${name}: ${value}`);
  const next = [`  Content-Security-Policy: ${csp}`, ...block, ...missing];
  return [...lines.slice(0, start + 1), ...next, ...lines.slice(end)].join('\n') + '\n';
}
