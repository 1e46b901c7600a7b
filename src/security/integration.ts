/**
 * Content-Security-Policy for every built page, as an Astro integration.
 *
 * In `astro:build:done` it reads every `dist/**\/*.html`, hashes each inline <script> (the theme
 * script, and any script another integration inlined), writes the page's policy as a
 * `<meta http-equiv="Content-Security-Policy">` in its <head>, and writes `dist/_headers` from the
 * committed template `public/_headers` with the same policy (allowing the inline scripts of all
 * pages) plus `frame-ancestors 'none'`, which browsers only honour in a header.
 *
 * List it LAST in `integrations`: hooks run in that order, and every step that writes HTML
 * (including the search index step) must have run before the hashes are taken.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCsp, hashScript, headersFile, injectCspMeta, inlineScripts } from './csp.ts';

/** Every `.html` file under `dir`, as absolute paths. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * Adds the policy to every page under `dir` and writes `dir/_headers`.
 * @param dir The build output folder.
 * @param template The text of the committed `_headers` template ('' when there is none).
 * @returns The number of pages and the distinct inline-script hashes found.
 */
export function applyCsp(dir: string, template: string): { pages: number; hashes: string[] } {
  const all = new Set<string>();
  const files = htmlFiles(dir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const hashes = inlineScripts(html).map(hashScript);
    for (const hash of hashes) all.add(hash);
    writeFileSync(file, injectCspMeta(html, buildCsp({ scriptHashes: hashes })));
  }
  const hashes = [...all].sort();
  const csp = buildCsp({ scriptHashes: hashes, frameAncestors: true });
  writeFileSync(join(dir, '_headers'), headersFile(template, csp));
  return { pages: files.length, hashes };
}

/** The Astro integration; see the module comment for where it goes in `integrations`. */
export function cspIntegration(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'peace-plan:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // dist/_headers is the copy of public/_headers; read the original so a rerun on the same
        // dist folder starts from the template, not from the previous result.
        const source = join(publicDir, '_headers');
        const template = existsSync(source) ? readFileSync(source, 'utf8') : '';
        const { pages, hashes } = applyCsp(out, template);
        logger.info(
          `Content-Security-Policy added to ${pages} pages (${hashes.length} inline script hashes) and _headers.`,
        );
      },
    },
  };
}
