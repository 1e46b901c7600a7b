import { describe, expect, it } from 'vitest';
import { buildCsp, hashScript, inlineScripts } from '../../src/security/csp.ts';
import { dangerousUrlScheme } from '../../src/security/mdx-rules.ts';
import { pages, readDist, shown, type Page } from './helpers/dist.ts';
import { attr, elements, tree } from './helpers/html.ts';
import {
  ALLOWED_SCRIPT_FILES,
  allowedInlineScripts,
  isDiagramPage,
  pageScripts,
} from './helpers/scripts.ts';

/** Elements that embed other documents or plugins: never in this site. */
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet']);

/** URL attributes where a data: URL could carry a document or script (images may be data:). */
const NO_DATA_URLS = new Set(['href', 'action', 'formAction', 'xLinkHref', 'src']);

/** Everything on a page that could run code or embed a document, except the allowed scripts. */
function dangerous(page: Page): string[] {
  const found: string[] = [];
  for (const { node } of elements(tree(page))) {
    const at = `${shown(page.file)}:${node.position?.start.line ?? 0}`;
    if (EMBEDDING.has(node.tagName)) found.push(`${at}: <${node.tagName}> embeds a document.`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${at}: <${node.tagName}> has an event handler ${name}.`);
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      const scheme = dangerousUrlScheme(text);
      const isImage = node.tagName === 'img' || node.tagName === 'image' || name === 'srcSet';
      if (scheme && (scheme !== 'data:' || (NO_DATA_URLS.has(name) && !isImage))) {
        found.push(`${at}: <${node.tagName}> ${name} is a ${scheme} URL.`);
      }
    }
  }
  return found;
}

/** Scripts on a page that are not on the allowlist. */
function unexpectedScripts(page: Page): string[] {
  const { inline, files } = pageScripts(tree(page));
  const found: string[] = [];
  for (const code of inline) {
    if (!allowedInlineScripts().has(code.trim())) {
      found.push(
        `${shown(page.file)}: an inline script that is not the theme script: "${code.trim().slice(0, 80)}"`,
      );
    }
  }
  for (const file of files) {
    const rule = ALLOWED_SCRIPT_FILES.find((allowed) => allowed.pattern.test(file));
    if (!rule) found.push(`${shown(page.file)}: loads ${file}, which is not an allowed script.`);
    else if (rule.diagramPagesOnly && !isDiagramPage(page.html)) {
      found.push(`${shown(page.file)}: loads ${rule.what} (${file}) but shows no diagram.`);
    }
  }
  return found;
}

describe('scripts and code in the built HTML', () => {
  it('ships only the allowed scripts: theme, search launcher, offline registration, Mermaid fallback', () => {
    expect(pages().flatMap(unexpectedScripts)).toEqual([]);
  });

  it('has no event handlers, iframes, objects or javascript:/vbscript:/data: links anywhere', () => {
    expect(pages().flatMap(dangerous)).toEqual([]);
  });
});

describe('Content-Security-Policy of the built site', () => {
  it("puts a policy in every page's <head> that allows exactly that page's inline scripts", () => {
    const problems: string[] = [];
    for (const page of pages()) {
      const metas = elements(tree(page))
        .filter(({ node }) => node.tagName === 'meta')
        .filter(({ node }) => attr(node, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
      const [meta] = metas;
      if (metas.length !== 1 || !meta) {
        problems.push(`${shown(page.file)}: has ${metas.length} CSP <meta> tags; exactly one.`);
        continue;
      }
      if (meta.ancestors.at(-1) !== 'head')
        problems.push(`${shown(page.file)}: CSP <meta> is not in <head>.`);
      const expected = buildCsp({ scriptHashes: inlineScripts(page.html).map(hashScript) });
      if (attr(meta.node, 'content') !== expected) {
        problems.push(
          `${shown(page.file)}: CSP is "${attr(meta.node, 'content')}", expected "${expected}".`,
        );
      }
    }
    expect(problems, 'Is cspIntegration() the last integration in astro.config.mjs?').toEqual([]);
  });

  it('never allows unsafe-inline or unsafe-eval for scripts', () => {
    const csp = buildCsp({ scriptHashes: [] });
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('writes _headers with the policy, frame-ancestors and the other security headers', () => {
    const headers = readDist('_headers')?.toString('utf8') ?? '';
    const hashes = [...new Set(pages().flatMap((p) => inlineScripts(p.html).map(hashScript)))];
    const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
    expect(line, 'dist/_headers has no Content-Security-Policy line').toBeDefined();
    expect(line?.trim()).toBe(
      `Content-Security-Policy: ${buildCsp({ scriptHashes: hashes, frameAncestors: true })}`,
    );
    expect(headers).toMatch(/^\s+X-Frame-Options: DENY$/m);
    expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\s+Referrer-Policy: strict-origin-when-cross-origin$/m);
  });
});
