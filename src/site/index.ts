/**
 * Page assembly at build time: navigation (reading order, contents, breadcrumbs), the positions
 * matrix, an actor's events, the print edition's ids, the Atom feed and the data downloads, and
 * the finished HTML of a page (its links localised, then the base of a sub-path address added:
 * base-path.ts, used by src/middleware.ts). Pure functions over collection data, used by
 * src/components/ and src/pages/.
 */
export * from './actor-profile.ts';
export * from './atom.ts';
export * from './data-export.ts';
export * from './page-updates.ts';
export * from './positions.ts';
export * from './print-ids.ts';
export * from './reading-order.ts';
export * from './toc.ts';
export * from './trail.ts';
export * from './routes.ts';
export * from './base-path.ts';
// Astro-only (they read collections through src/collections/queries.ts): the static paths of the
// routes that exist in every language, and the feed and download responses.
export * from './static-paths.ts';
export * from './feeds.ts';
