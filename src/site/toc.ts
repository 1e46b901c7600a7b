/** The table of contents of a page, from the headings Astro collects while rendering it. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Headings below this count of sections do not get a table of contents. */
export const TOC_MIN_SECTIONS = 3;

/** The h2 and h3 headings of a page, or none when the page is too short to need a contents list. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const entries = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const sections = entries.filter((h) => h.depth === 2 && h.slug !== 'references');
  return sections.length >= TOC_MIN_SECTIONS ? entries : [];
}
