/**
 * Reading grade of explainer pages: the US school grade (Flesch-Kincaid) a reader needs for a
 * page's paragraphs and list items. Citations, status badges and diagrams are left out, since a
 * reader does not read them as prose.
 */
import { parseBody } from './check/parse.ts';
import type { Root, RootContent } from 'mdast';
import { fleschKincaid } from 'flesch-kincaid';
import { toString } from 'mdast-util-to-string';
import { syllable } from 'syllable';

/** The grade the whole site must stay under, page by page. */
export const MAX_PAGE_GRADE = 10;
/** The grade the median page must stay under. */
export const MAX_MEDIAN_GRADE = 8;

/** Word, sentence and syllable counts of some prose (a type, so flesch-kincaid accepts it). */
export type ProseCounts = { sentence: number; word: number; syllable: number };

/** Markers that are not prose: `[@source]` citations and `[!status]` badges. */
const MARKERS = /\[(?:@|!)[^\]]*\]/g;

/** The text of every paragraph and list item of an MDX or Markdown body (frontmatter removed). */
export function proseBlocks(body: string): string[] {
  const tree: Root = parseBody(body, true);
  const blocks: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') blocks.push(toString(node));
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return blocks
    .map((text) => text.replace(MARKERS, '').replace(/\s+/g, ' ').trim())
    .filter((text) => /[A-Za-z]/.test(text));
}

/** Count sentences, words and syllables; every block ends at least one sentence. */
export function countProse(blocks: readonly string[]): ProseCounts {
  const counts: ProseCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks) {
    const sentences = block.split(/(?<=[.!?…])["”’)]*\s+/).filter((s) => /[A-Za-z0-9]/.test(s));
    counts.sentence += Math.max(1, sentences.length);
    const words = block.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
    counts.word += words.length;
    for (const word of words) counts.syllable += syllable(word);
  }
  return counts;
}

const round = (value: number) => (Number.isNaN(value) ? 0 : Math.round(value * 10) / 10);

/**
 * The Flesch-Kincaid grade of a body, rounded to one decimal; 0 when it has no prose. Two
 * readings are taken and the harder one is kept: the page's prose as one text, and the mean of
 * its paragraphs and list items graded one by one (a single long paragraph cannot hide in a page
 * of short ones).
 */
export function readingGrade(body: string): number {
  const blocks = proseBlocks(body);
  if (blocks.length === 0) return 0;
  const whole = fleschKincaid(countProse(blocks));
  const perBlock = blocks.map((block) => fleschKincaid(countProse([block])));
  const mean = perBlock.reduce((sum, grade) => sum + grade, 0) / perBlock.length;
  return round(Math.max(whole, mean));
}

/** The median of some grades. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each page's grade, from the pages as the content reader read them. */
export function gradePages(
  pages: readonly { file: string; body?: string | undefined }[],
): { file: string; grade: number }[] {
  return pages.map((page) => ({ file: page.file, grade: readingGrade(page.body ?? '') }));
}

/** The report `npm run readability` prints, hardest page first, and whether the limits hold. */
export function readabilityReport(grades: readonly { file: string; grade: number }[]): {
  text: string;
  ok: boolean;
} {
  const lines = [...grades]
    .sort((a, b) => b.grade - a.grade || a.file.localeCompare(b.file))
    .map(({ file, grade }) => {
      const flag = grade > MAX_PAGE_GRADE ? `  over ${MAX_PAGE_GRADE}` : '';
      return `${grade.toFixed(1).padStart(5)}  ${file}${flag}`;
    });
  const middle = median(grades.map((g) => g.grade));
  lines.push(
    `median ${middle.toFixed(1)} (limit ${MAX_MEDIAN_GRADE}); page limit ${MAX_PAGE_GRADE}`,
  );
  return {
    text: lines.join('\n'),
    ok: middle <= MAX_MEDIAN_GRADE && grades.every((g) => g.grade <= MAX_PAGE_GRADE),
  };
}
