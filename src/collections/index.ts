/**
 * The contributor contract: the schemas of content/, the one reader of content/ and the content
 * check with its `file:line: message` problems. Node-only (no `astro:*`), so scripts and tests
 * use it directly; inside Astro, queries.ts reads the same collections through astro:content.
 */
export * from './schemas.ts';
export * from './registry.ts';
export * from './check/index.ts';
export { didYouMean, closest } from '../shared/index.ts';
export { contentCheck } from './integration.ts';
export { loadSources } from './load-sources.ts';
export * from './readability.ts';
export { mdxPolicy } from './mdx-guard.ts';
