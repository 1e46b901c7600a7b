/**
 * Reading time: `frontmatter.minutesRead`, the words of the prose divided by 220 words a minute,
 * rounded up, at least 1. Code blocks (diagrams), citation markers and the References list are
 * not prose, so they are not counted; `[@…]` citations still in the text (if this plugin runs
 * before the citations plugin) are not counted either.
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { setFrontmatter } from './remark-markers.ts';

/** Words a minute, a common estimate for reading on screen. */
export const WORDS_PER_MINUTE = 220;

/** The number of words in a text, not counting `[@…]` citations and `[!…]` badges. */
export function countWords(text: string): number {
  const prose = text.replace(/\[[@!][^\]\n]*\]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read `words` words: rounded up, at least 1. */
export function minutesToRead(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

const remarkReadingTime: Plugin<[], Root> = () => (tree, file) => {
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'heading' && node.data?.hProperties?.['id'] === 'references') return EXIT;
    if (node.type === 'code' || node.type === 'html') return 'skip';
    if (node.type === 'text' && !node.data?.hChildren) words += countWords(node.value);
    return undefined;
  });
  setFrontmatter(file, 'minutesRead', minutesToRead(words));
};

export default remarkReadingTime;
