/**
 * The built site, as the checks in tests/site see it. The folder is `DIST_DIR` (default
 * `./dist`), so the checks can run against any build: `DIST_DIR=/tmp/x npx vitest run --project site`.
 * A build for a sub-path (`SITE_URL=https://o.github.io/repo`) is read as served under `/repo/`:
 * page addresses include it, and a path outside it is served by nothing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { SITE } from '../../../site.config.mjs';
import {
  builtFileUrl,
  isUnderBase,
  normaliseBase,
  withBase,
  withoutBase,
} from '../../../src/shared/urls.ts';

/** The built site's folder (absolute). */
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** The origin pages are published at; links to it count as internal. */
export const SITE_ORIGIN = new URL(SITE.url).origin;

/** The path the build is served under: "" at a domain's root, "/repo" under a sub-path. */
export const BASE = normaliseBase(SITE.base);

/** The address a site path is served at: `/the-plan/` → `/repo/the-plan/` under `/repo/`. */
export function served(path: string): string {
  return withBase(BASE, path);
}

/** One built HTML page. */
export interface Page {
  /** Path relative to the dist folder, with forward slashes: `the-plan/index.html`. */
  file: string;
  /** The URL path it is served at, with the base: `/the-plan/`, `/404.html` (`/repo/the-plan/`). */
  url: string;
  /** The page's HTML. */
  html: string;
}

/** Fails with the command to run when there is no build to check. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `No built site at ${DIST} (index.html is missing): run ` +
        `${BASE ? 'npm run build:subpath' : 'npm run build'} first ` +
        '(or set DIST_DIR to the folder of another build).',
    );
  }
}

/** Every file in the dist folder, as forward-slash paths relative to it. */
export function distFiles(): string[] {
  requireDist();
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(DIST, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** The URL path a file is served at (`x/index.html` → `/x/`, or `/repo/x/` under `/repo/`). */
export function urlOf(file: string): string {
  return served(builtFileUrl(file));
}

let cache: Page[] | undefined;

/** Every HTML page of the build, read once per test file. */
export function pages(): Page[] {
  cache ??= distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, url: urlOf(file), html: readFileSync(join(DIST, file), 'utf8') }));
  return cache;
}

let built: Set<string> | undefined;

/** Whether the build has a file at `file` (relative to dist, forward slashes); listed once. */
function isBuilt(file: string): boolean {
  built ??= new Set(distFiles());
  return built.has(file);
}

/** Reads a built file (path relative to dist), or `undefined` when there is none. */
export function readDist(file: string): Buffer | undefined {
  requireDist();
  const path = join(DIST, file);
  if (!path.startsWith(DIST) || !existsSync(path) || !statSync(path).isFile()) return undefined;
  return readFileSync(path);
}

/**
 * The dist file a URL path is served from, or `undefined` when nothing serves it. Static
 * hosts serve `/x/` from `x/index.html` and `/x` from the file `x` or `x.html`; a folder
 * without the trailing slash only works through a redirect, so it does not count. Under a
 * sub-path, only paths under it are served.
 */
export function fileForPath(servedPath: string): string | undefined {
  if (!isUnderBase(BASE, servedPath)) return undefined;
  const path = withoutBase(BASE, servedPath);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const clean = decoded.replace(/^\/+/, '');
  const candidates = decoded.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`];
  for (const file of candidates) {
    if (file !== '' && isBuilt(file)) return file;
  }
  return undefined;
}

/** A short name for a file in messages: its path relative to the repository. */
export function shown(file: string): string {
  return relative(process.cwd(), join(DIST, file)) || file;
}
