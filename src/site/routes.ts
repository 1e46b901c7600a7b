/**
 * The site's route table: every address the build makes, derived from the collections' ids the
 * way src/pages/ derives them, with the #anchors each page has where they are known before the
 * build. The content check follows links with it; a built-site test compares it with dist/, so
 * it cannot drift from the pages.
 */
import { localePrefix, TRANSLATION_CODES } from '../i18n/locales.ts';
import { actorUrl, pageUrl } from '../shared/urls.ts';

/** The data downloads, each as CSV and JSON: /data/<kind>.<format> (src/pages/data/[file].ts). */
export const DATA_KINDS = ['provisions', 'events', 'actors'] as const;
export type DataKind = (typeof DATA_KINDS)[number];
export const DATA_FORMATS = ['csv', 'json'] as const;

/** Anchors every article page has (src/layouts/ArticleLayout.astro): the content and the summary. */
export const ARTICLE_ANCHORS: readonly string[] = ['main', 'in-brief'];

/** One address: its anchors, or null when only the built page knows them. */
export interface Route {
  path: string;
  anchors: ReadonlySet<string> | null;
}

/** What the route table needs to know of the content. */
export interface RouteInput {
  /** The ids of a collection's entries. */
  ids: (collection: 'pages' | 'actors' | 'provisions' | 'issues') => readonly string[];
  /** The anchors of an explainer page, from its body, or null when they cannot be known. */
  pageAnchors: (id: string) => readonly string[] | null;
}

/** Addresses that exist once, not in every language. */
const ONCE = new Set(['/robots.txt', '/translations/']);

/**
 * Every address of the site, keyed by path: each English address, and its twin under each other
 * language's prefix (src/pages/[locale]/). A translated page has the English page's anchors,
 * since translated headings keep the English ids.
 */
export function siteRoutes(input: RouteInput): Map<string, Route> {
  const english = englishRoutes(input);
  const routes = new Map(english);
  for (const code of TRANSLATION_CODES) {
    for (const route of english.values()) {
      if (ONCE.has(route.path)) continue;
      const path = `${localePrefix(code)}${route.path}`;
      routes.set(path, { path, anchors: route.anchors });
    }
  }
  return routes;
}

function englishRoutes({ ids, pageAnchors }: RouteInput): Map<string, Route> {
  const routes = new Map<string, Route>();
  const add = (path: string, anchors: readonly string[] | null) =>
    routes.set(path, { path, anchors: anchors && new Set(anchors) });
  for (const id of ids('pages')) {
    const anchors = pageAnchors(id);
    add(pageUrl(id), anchors && [...ARTICLE_ANCHORS, ...anchors]);
  }
  // An actor's sections come from its profile component; the built-site check follows them.
  for (const id of ids('actors')) add(actorUrl(id), null);
  add('/provisions/', [...ARTICLE_ANCHORS, ...ids('provisions'), 'tracker-caption']);
  add('/positions/', [
    ...ARTICLE_ANCHORS,
    ...ids('issues').map((id) => `issue-${id}`),
    'matrix-caption',
  ]);
  // The print edition prefixes every id of every part; links into it are checked after the build.
  add('/print/', null);
  add('/search/', ['main']);
  add('/updates.xml', []);
  add('/robots.txt', []);
  // The contributors' table of translations (src/pages/translations.astro).
  add('/translations/', ['main']);
  for (const kind of DATA_KINDS) {
    for (const format of DATA_FORMATS) add(`/data/${kind}.${format}`, []);
  }
  return routes;
}
