/**
 * rehype plugin: in a translation (content/<collection>/<language>/<id>.mdx), each heading takes
 * the id of the English heading it translates (see heading-ids.ts), and so does the page's table
 * of contents. Runs after Astro's `rehypeHeadingIds`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { splitFrontmatter } from '../collections/yaml-source.ts';
import { adoptHeadingIds, headingIds } from './heading-ids.ts';
import { TRANSLATION_CODES } from './locales.ts';

/** The English file a translation translates, or undefined for an English file. */
export function englishFileOf(path: string): string | undefined {
  const match = /^(.*\/content\/[a-z-]+)\/([a-z]{2,3})\/([^/]+)$/.exec(path.replaceAll('\\', '/'));
  if (!match || !TRANSLATION_CODES.includes(match[2]!)) return undefined;
  return `${match[1]}/${match[3]}`;
}

export default function rehypeTranslatedHeadings() {
  return (tree: Root, file: VFile) => {
    const english = englishFileOf(file.path);
    if (!english || !existsSync(english)) return;
    const text = readFileSync(english, 'utf8');
    const ids = headingIds(splitFrontmatter(text).body, english.endsWith('.mdx'));
    const renamed = adoptHeadingIds(tree, ids);
    const data = file.data as { astro?: { headings?: { slug: string }[] } };
    for (const heading of data.astro?.headings ?? []) {
      heading.slug = renamed.get(heading.slug) ?? heading.slug;
    }
  };
}
