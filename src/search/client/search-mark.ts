/**
 * Marks the searched words on a page opened from a search result (`?pagefind-highlight=word`),
 * inside the indexed content only. Loaded by the launcher only when that parameter is present.
 */
import { HIGHLIGHT_PARAM, highlightRanges } from '../search-words.ts';

/** Elements whose text is never marked: code and scripts, form fields, and SVG (no <mark> there). */
const SKIP = 'script, style, noscript, textarea, input, select, svg, mark, [data-pagefind-ignore]';

/** Wrap each searched word in the indexed part of the page in <mark class="search-hit">. */
export function markSearchedWords(): number {
  const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
  const root = document.querySelector('[data-pagefind-body]');
  if (!root || terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(SKIP)) nodes.push(node as Text);
  }
  let marked = 0;
  for (const node of nodes) {
    const ranges = highlightRanges(node.data, terms);
    // From the end, so earlier offsets stay valid as the text node is split.
    for (const [start, end] of ranges.reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      word.replaceWith(mark);
      mark.append(word);
      marked++;
    }
  }
  // A result for a whole page has no #anchor: bring the first marked word into view instead.
  if (!location.hash)
    document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
  return marked;
}
