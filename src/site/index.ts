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
export * from './page-sink.ts';
// Not listed here, so that this index loads outside Astro (scripts, tests): static-paths.ts and
// feeds.ts read collections through astro:content, and src/pages/ imports them directly.
