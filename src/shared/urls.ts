/** Every URL the site builds for its own entries, so links and routes never disagree. */

/** The URL of an explainer page; the page with id "index" is the home page. */
export function pageUrl(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** Where a status word's meaning is explained: its entry in the legend on the method page. */
export function statusUrl(word: string): string {
  return `/sources-and-method/#status-${word}`;
}

/** The URL of an actor's page. */
export function actorUrl(id: string): string {
  return `/actors/${id}/`;
}

/** The URL of an event on the timeline page. */
export function eventUrl(id: string): string {
  return `/timeline/#${id}`;
}

/** The URL of a glossary term. */
export function termUrl(id: string): string {
  return `/glossary/#${id}`;
}

/** The URL of a source in the list of sources. */
export function sourceUrl(id: string): string {
  return `/sources-and-method/#source-${id}`;
}

/** The URL of a provision's row in the tracker. */
export function provisionUrl(id: string): string {
  return `/provisions/#${id}`;
}

/** A link to edit a file of the repository in GitHub's web editor. */
export function editUrl(repository: string, branch: string, filePath: string): string {
  const clean = filePath.replace(/^\.?\//, '');
  return `${repository.replace(/\/$/, '')}/edit/${branch}/${clean}`;
}

/**
 * An absolute URL on the site, for canonical links, feeds and Open Graph tags. `path` is a site
 * path (`/the-plan/`); when the site's address has a path of its own (a site served under a
 * sub-path), the page is under it: ("https://o.github.io/repo", "/x/") → "https://o.github.io/repo/x/".
 */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), site.endsWith('/') ? site : `${site}/`).toString();
}

/** A base path in one form, without a trailing slash: "", "/repo" (from "/", "/repo/", "repo"). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

/** Whether the root-relative `path` is already under `base` (the base itself counts). */
export function isUnderBase(base: string, path: string): boolean {
  const b = normaliseBase(base);
  return b === '' || path === b || (/^[/?#]/.test(path.slice(b.length)) && path.startsWith(b));
}

/**
 * The address a reader's browser uses for the site path `path` when the site is served under
 * `base`: ("/repo", "/the-plan/") → "/repo/the-plan/"; ("", "/x/") → "/x/". Only site paths
 * are given: a path that merely starts like the base is a site path too (a site served under
 * `/uk` has its Ukrainian edition at `/uk/uk/`), so the base is always added, exactly once per
 * call. Absolute, protocol-relative and relative URLs are returned unchanged.
 */
export function withBase(base: string, path: string): string {
  const b = normaliseBase(base);
  if (b === '' || !path.startsWith('/') || path.startsWith('//')) return path;
  return `${b}${path}`;
}

/**
 * The site path of an address under `base`, the inverse of withBase(): ("/repo", "/repo/x/") →
 * "/x/", ("/repo", "/repo") → "/". A path outside the base is returned unchanged.
 */
export function withoutBase(base: string, path: string): string {
  const b = normaliseBase(base);
  if (b === '' || !isUnderBase(b, path)) return path;
  const rest = path.slice(b.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * The address a static host serves a built file at: `index.html` → `/`, `a/index.html` → `/a/`,
 * `404.html` → `/404.html`. `file` is relative to the output folder; either slash is accepted.
 */
export function builtFileUrl(file: string): string {
  return `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The file a page is written to, relative to the output folder, from the path it is rendered at
 * (builtFileUrl() the other way): `/` → `index.html`, `/a/` → `a/index.html`; Astro writes its
 * error pages beside the home page, `/404/` → `404.html`.
 */
export function fileOfPage(url: string): string {
  const path = decodeURIComponent(url).replace(/^\/+/, '');
  if (/^(?:404|500)\/?$/.test(path)) return `${path.replace(/\/$/, '')}.html`;
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
