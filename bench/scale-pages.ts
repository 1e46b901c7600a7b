/**
 * Pure helpers that grow the real explainer into a bigger site for the bench's scale runs: copies
 * of the real pages under new ids, so build time, index size and bytes per search can be measured
 * at 200 and 2,000 pages with realistic text. Copies stay out of the menu and the reading order,
 * as extra pages of a real site would.
 */
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../src/collections/index.ts';

/** One page to write: the id of the real page it copies, and the copy's own id. */
export interface PageCopy {
  from: string;
  id: string;
  copy: number;
}

/**
 * The copies needed for a site of `total` pages made from the real pages `ids`: copy 1 of every
 * page, then copy 2 of every page, and so on, until the real pages and the copies reach `total`.
 */
export function scalePlan(ids: readonly string[], total: number): PageCopy[] {
  if (ids.length === 0) throw new Error('scalePlan: there are no pages to copy in content/pages/.');
  const plan: PageCopy[] = [];
  for (let i = 0; ids.length + plan.length < total; i++) {
    const from = ids[i % ids.length]!;
    const copy = Math.floor(i / ids.length) + 1;
    plan.push({ from, id: `${from}-copy-${copy}`, copy });
  }
  return plan;
}

/**
 * A copy of a page file: the same body, the title marked "(copy N)", and no menu entry or place
 * in the reading order (fields `inNav`, `order`, `navLabel` dropped). Throws when the file has
 * no frontmatter, naming what it expected.
 */
export function copyPageSource(source: string, copy: number, file = 'page'): string {
  const split = splitFrontmatter(source);
  if (split.frontmatter === undefined) {
    throw new Error(`${file}: expected frontmatter between two "---" lines at the top.`);
  }
  const data = (parse(split.frontmatter) ?? {}) as Record<string, unknown>;
  const { inNav: _inNav, order: _order, navLabel: _navLabel, ...rest } = data;
  const title = typeof rest['title'] === 'string' ? rest['title'] : file;
  const front = stringify({ ...rest, title: `${title} (copy ${copy})` }, { lineWidth: 0 });
  return `---\n${front}---\n${split.after}`;
}

/**
 * A page file with one sentence of its body changed, as a contributor's fix would change it: the
 * first line of prose gets a word more. Throws when the body has no line of prose.
 */
export function editedPageSource(source: string, file = 'page'): string {
  const split = splitFrontmatter(source);
  const body = split.frontmatter === undefined ? source : split.after;
  const lines = body.split('\n');
  const prose = lines.findIndex((line) => /^\p{L}.*[.!?]$/u.test(line.trim()));
  if (prose === -1) throw new Error(`${file}: no line of prose to change.`);
  lines[prose] = `${lines[prose]} Edited.`;
  return `${source.slice(0, source.length - body.length)}${lines.join('\n')}`;
}
