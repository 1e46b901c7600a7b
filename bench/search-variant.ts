/**
 * Pages for the search benchmark's larger site: copies of built pages with their text varied, so
 * a 200-page index has 200 pages' worth of different words rather than the same page repeated.
 * Pure and deterministic (seeded), so two runs of the benchmark index the same site.
 */

/** A small seeded random number generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of four letters or more, not inside an entity like `&nbsp;`. */
const WORD = /(?<![&#\p{L}])\p{L}{4,}/gu;
/** Parts of a page whose text is code, not prose: left exactly as they are. */
const CODE = /(<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>)/;

function mainRange(html: string): [number, number] | undefined {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  return start === -1 || end === -1 ? undefined : [start, end];
}

/** The words of a built page's <main>, for the vocabulary variants draw from. */
export function mainWords(html: string): string[] {
  const range = mainRange(html);
  if (!range) return [];
  const text = html
    .slice(...range)
    .split(CODE)
    .filter((_, i) => i % 2 === 0)
    .join(' ');
  return text.replace(/<[^>]*>/g, ' ').match(WORD) ?? [];
}

/**
 * Variant number `n` of a built page: about a third of the words of its main text replaced by
 * words drawn from `vocabulary`, "(variant n)" added to its title, and its list entries made
 * part of the page (a variant is a page, not a second home for the site's entries).
 */
export function variantPage(html: string, n: number, vocabulary: readonly string[]): string {
  const range = mainRange(html);
  if (!range || vocabulary.length === 0) return html;
  const random = seededRandom(n);
  const vary = (text: string): string =>
    text.replace(WORD, (word) =>
      random() < 0.35 ? vocabulary[Math.floor(random() * vocabulary.length)]! : word,
    );
  const main = html
    .slice(...range)
    .replace(/ data-search-(entry|title)="[^"]*"/g, '')
    .split(CODE)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/>([^<]+)</g, (_, text: string) => `>${vary(text)}<`),
    )
    .join('')
    .replace(/(<h1[^>]*data-pagefind-meta="title"[^>]*>)([^<]*)/, `$1$2 (variant ${n})`);
  return html.slice(0, range[0]) + main + html.slice(range[1]);
}
