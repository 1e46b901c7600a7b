/**
 * Content-Security-Policy for every built page, as an Astro integration.
 *
 * As each page is rendered (a step of src/site/page-sink.ts, run by src/middleware.ts), it hashes
 * each inline <script> of the finished page (the theme script, and any script another step
 * inlined) and writes the page's policy as a `<meta http-equiv="Content-Security-Policy">` in its
 * <head>. In `astro:build:done` it writes `dist/_headers` from the committed template
 * `public/_headers` with the same policy (allowing the inline scripts of all pages) plus
 * `frame-ancestors 'none'`, which browsers only honour in a header.
 *
 * Its step changes pages, so it is added before the steps that read them (search, social cards,
 * the offline copy): in `integrations`, list it before those.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addPageSteps, removePageSteps } from '../site/index.ts';
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
  const policies = new PagePolicies();
  policies.addMissing(dir);
  return { pages: policies.pages, hashes: policies.writeHeaders(dir, template) };
}

/** The policy of each page, and of the site's `_headers`, which allows every page's scripts. */
export class PagePolicies {
  readonly #hashes = new Set<string>();
  /** The pages given their policy, by file under the output folder. */
  readonly #files = new Set<string>();

  get pages(): number {
    return this.#files.size;
  }

  /** The page written to `file` (relative to the output folder), with its policy in its <head>. */
  page(file: string, html: string): string {
    const hashes = inlineScripts(html).map(hashScript);
    for (const hash of hashes) this.#hashes.add(hash);
    this.#files.add(file.split('\\').join('/'));
    return injectCspMeta(html, buildCsp({ scriptHashes: hashes }));
  }

  /**
   * Gives its policy to every page under `dir` that has none yet: one written to the output
   * folder without being rendered (none is, today), or every page of a folder built earlier.
   */
  addMissing(dir: string): void {
    for (const file of htmlFiles(dir)) {
      const name = relative(dir, file).split('\\').join('/');
      if (!this.#files.has(name)) writeFileSync(file, this.page(name, readFileSync(file, 'utf8')));
    }
  }

  /** Writes `dir/_headers` from `template`; returns the inline-script hashes of all pages. */
  writeHeaders(dir: string, template: string): string[] {
    const hashes = [...this.#hashes].sort();
    const csp = buildCsp({ scriptHashes: hashes, frameAncestors: true });
    writeFileSync(join(dir, '_headers'), headersFile(template, csp));
    return hashes;
  }
}

const STEPS = 'peace-plan:csp';

/** The Astro integration; see the module comment for where it goes in `integrations`. */
export function cspIntegration(): AstroIntegration {
  let publicDir = '';
  let policies = new PagePolicies();
  return {
    name: 'peace-plan:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        policies = new PagePolicies();
        addPageSteps(STEPS, { transform: ({ file, html }) => policies.page(file, html) });
      },
      'astro:build:done': ({ dir, logger }) => {
        removePageSteps(STEPS);
        // dist/_headers is the copy of public/_headers; read the original so a rerun on the same
        // dist folder starts from the template, not from the previous result.
        const source = join(publicDir, '_headers');
        const template = existsSync(source) ? readFileSync(source, 'utf8') : '';
        const out = fileURLToPath(dir);
        policies.addMissing(out);
        const hashes = policies.writeHeaders(out, template);
        const pages = policies.pages;
        logger.info(
          `Content-Security-Policy added to ${pages} pages (${hashes.length} inline script hashes) and _headers.`,
        );
      },
    },
  };
}
