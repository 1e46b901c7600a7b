/**
 * The contributor contract: the schemas of content/, the one reader of content/, the registry of
 * components content may use, and the content check with its `file:line: message` problems.
 * Node-only (no `astro:*`), so scripts and tests use it directly; inside Astro, queries.ts reads
 * the same collections through astro:content.
 */
export * from './schemas.ts';
export * from './registry.ts';
export * from './reader.ts';
export * from './components.ts';
export * from './problems.ts';
export * from './check/index.ts';
export { contentCheck } from './integration.ts';
export * from './dev-overlay.ts';
export * from './readability.ts';
export { parseYaml, splitFrontmatter } from './yaml-source.ts';
export { parseBody } from './check/parse.ts';
export * from './field-tables.ts';
export { describe, fieldsAt, requiredFields, schemaAt } from './schema-info.ts';
