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

/** An absolute URL on the site, for canonical links, feeds and Open Graph tags. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).toString();
}

/**
 * The address a static host serves a built file at: `index.html` → `/`, `a/index.html` → `/a/`,
 * `404.html` → `/404.html`. `file` is relative to the output folder; either slash is accepted.
 */
export function builtFileUrl(file: string): string {
  return `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}
