/**
 * The peers' pages: the same generated pages as this site's scale runs (the real pages of
 * content/pages/ and their copies, bench/scale-pages.ts), written as plain Markdown a docs
 * theme reads. The text, headings and Mermaid diagrams stay; what only this site's MDX knows
 * turns into its plain equivalent:
 *
 * - a citation `[@id]` or `[@id, citing X]` is dropped (the peers have no source pages);
 * - a status badge `[!reported]` becomes the word in brackets, `(reported)`, as the text a
 *   reader sees;
 * - a generated-diagram component (`<TimelineDiagram />` and the like) becomes a Mermaid fence
 *   with the very diagram this site draws, made by the same generator from content/;
 * - any other component (lists drawn from content/, downloads) is dropped: the peers would need
 *   their own code to draw it.
 *
 * The conversion is pure; reading and writing files is in writePeerPages.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { actorMapDiagram } from '../../src/diagrams/index.ts';
import type { ActorInput, EventInput } from '../../src/diagrams/generated/common.ts';
import { planPathDiagram } from '../../src/diagrams/index.ts';
import { timelineDiagram } from '../../src/diagrams/index.ts';
import { copyPageSource, scalePlan } from '../scale-pages.ts';

/** How one peer wants its pages. */
export interface PeerPageOptions {
  /** Write the title as a `# ` heading at the top (for themes that do not draw it). */
  titleHeading: boolean;
  /** Mermaid text of each generated-diagram component, by component name. */
  diagrams: Readonly<Record<string, string>>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
/** `[@source-id]` or `[@source-id, citing NBC News]`, with the space before it. */
const CITATION = /\s?\[@[a-z0-9-]+(?:,[^\]]*)?\]/g;
/** `[!reported]` and the other status words. */
const BADGE = /\[!([a-z]+)\]/g;
/** A line that is only a component: `<EventList />` or `<DataDownloads kind="actors" />`. */
const COMPONENT_LINE = /^<([A-Z][A-Za-z]*)\b[^>]*\/>\s*$/;
const FENCE = /^(`{3,}|~{3,})/;

/**
 * One page file of this site (MDX or Markdown, with frontmatter) as a peer's Markdown page: only
 * `title` and `description` in the frontmatter, the body converted as the module comment says.
 * Text inside code fences (the Mermaid diagrams) is kept exactly. Throws, naming the file, when
 * the file has no frontmatter or no title.
 */
export function toPeerMarkdown(source: string, file: string, options: PeerPageOptions): string {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${file}: expected frontmatter between two "---" lines at the top.`);
  const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
  const title = data['title'];
  if (typeof title !== 'string' || !title)
    throw new Error(`${file}: the frontmatter has no title; add \`title: …\`.`);
  const front: Record<string, string> = { title };
  if (typeof data['description'] === 'string') front['description'] = data['description'];
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of source.slice(match[0].length).split(/\r?\n/)) {
    const opener = FENCE.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (opener && line.trim() === fence) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      out.push(line);
      continue;
    }
    const component = COMPONENT_LINE.exec(line)?.[1];
    if (component) {
      const diagram = options.diagrams[component];
      if (diagram) out.push('```mermaid', ...diagram.trimEnd().split('\n'), '```');
      continue;
    }
    out.push(line.replace(CITATION, '').replace(BADGE, '($1)'));
  }
  const body = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const heading = options.titleHeading ? `# ${title}\n\n` : '';
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${heading}${body}\n`;
}

/** The YAML entries of a content collection (not its translations), with their ids. */
function readEntries(dir: string): Record<string, unknown>[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      id: f.slice(0, -'.yaml'.length),
      ...(parse(readFileSync(join(dir, f), 'utf8')) as object),
    }));
}

/**
 * The Mermaid text of the site's generated diagrams, by component name, made from content/ by
 * the site's own generators (with their defaults, as the pages use them).
 */
export function generatedDiagrams(contentDir: string): Record<string, string> {
  const events = readEntries(join(contentDir, 'events')) as unknown as EventInput[];
  const actors = readEntries(join(contentDir, 'actors')).map((a) => ({
    ...a,
    talksWith: (a['talksWith'] as string[] | undefined) ?? [],
  })) as unknown as ActorInput[];
  return {
    TimelineDiagram: timelineDiagram(events),
    PlanPathDiagram: planPathDiagram(events),
    ActorMapDiagram: actorMapDiagram(actors),
  };
}

/** A page of the site's menu, for the peers' sidebars. */
export interface NavEntry {
  id: string;
  label: string;
}

/**
 * Write `total` pages for a peer into `pagesDir` (emptied first by the caller): the real pages
 * of `root`/content/pages and copies of them, exactly the plan multiplyPages follows. Returns
 * the site's title-less menu (pages with `inNav`, in their `order`), for the sidebar.
 */
export function writePeerPages(
  root: string,
  pagesDir: string,
  total: number,
  titleHeading: boolean,
): NavEntry[] {
  const dir = join(root, 'content', 'pages');
  const files = readdirSync(dir).filter((f) => /\.mdx?$/.test(f));
  const byId = new Map(files.map((f) => [f.replace(/\.mdx?$/, ''), f]));
  const options = { titleHeading, diagrams: generatedDiagrams(join(root, 'content')) };
  mkdirSync(pagesDir, { recursive: true });
  const nav: (NavEntry & { order: number })[] = [];
  for (const [id, file] of byId) {
    const source = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(pagesDir, `${id}.md`), toPeerMarkdown(source, file, options));
    const data = (parse(FRONTMATTER.exec(source)?.[1] ?? '') ?? {}) as Record<string, unknown>;
    if (data['inNav'] === true)
      nav.push({
        id,
        label: String(data['navLabel'] ?? data['title']),
        order: Number(data['order']),
      });
  }
  for (const { from, id, copy } of scalePlan([...byId.keys()].sort(), total)) {
    const file = byId.get(from)!;
    const source = copyPageSource(readFileSync(join(dir, file), 'utf8'), copy, file);
    writeFileSync(join(pagesDir, `${id}.md`), toPeerMarkdown(source, file, options));
  }
  return nav.sort((a, b) => a.order - b.order).map(({ id, label }) => ({ id, label }));
}
