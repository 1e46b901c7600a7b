/**
 * rehype plugin: gives every h2, h3 and h4 that has an id a link to itself (see
 * src/markdown/heading-links.ts for the markup and why the link sits beside the heading). Ids come
 * from Astro's `rehypeHeadingIds`, which must run before this plugin (see astro.config.mjs).
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { languageOfFile } from '../i18n/locales.ts';
import { addHeadingLinks } from './heading-links.ts';

/** Add a self-link to every h2–h4 with an id. */
export default function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    addHeadingLinks(tree, languageOfFile(file.path));
  };
}
