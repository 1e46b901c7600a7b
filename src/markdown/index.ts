/**
 * The Markdown pipeline: remark plugins that turn `[@source]` citations into numbered markers and
 * a reference list, `[!status]` into badges, count reading time and link glossary terms; the
 * rehype plugin that adds heading self-links. The marker grammar (citations.ts) is shared with
 * the content check.
 */
export { default as remarkCitations } from './remark-citations.ts';
export { default as remarkStatus } from './remark-status.ts';
export { default as remarkReadingTime } from './remark-reading-time.ts';
export { default as remarkGlossaryLinks } from './remark-glossary-links.ts';
export { default as remarkComponentImports } from './remark-component-imports.ts';
export { default as rehypeHeadingLinks } from './rehype-heading-links.ts';
export * from './citations.ts';
export { addHeadingLinksToHtml } from './heading-links.ts';
