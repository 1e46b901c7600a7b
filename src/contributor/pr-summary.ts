/**
 * The pull-request summary's pure parts: which pages and entries a change touches (with their
 * site URLs, from the site's own URL helpers), which content problems are new, which translations
 * it leaves behind their English, and how the built pages' sizes change; then the Markdown of it
 * all. scripts/pr-summary.ts gathers the inputs from git, the content check and two builds.
 */
import {
  COLLECTIONS,
  formatProblem,
  type CollectionName,
  type Problem,
} from '../collections/index.ts';
import { TRANSLATION_CODES, localisePath } from '../i18n/index.ts';
import { updateAnchor } from '../site/index.ts';
import { actorUrl, eventUrl, pageUrl, provisionUrl, sourceUrl, termUrl } from '../shared/index.ts';

/**
 * Where each collection's entries are shown on the site. A place has no address of its own: it
 * is a city or region on the locator maps of the pages that show them.
 */
const URL_OF: Record<CollectionName, (id: string) => string | undefined> = {
  pages: pageUrl,
  actors: actorUrl,
  events: eventUrl,
  glossary: termUrl,
  sources: sourceUrl,
  provisions: provisionUrl,
  issues: (id) => `/positions/#issue-${id}`,
  places: () => undefined,
  updates: (id) => `${pageUrl('updates')}#${updateAnchor(id)}`,
};

/** Where an entry is shown in a language: the English address under the language's prefix. */
export function entryUrl(
  collection: CollectionName,
  id: string,
  lang?: string,
): string | undefined {
  const url = URL_OF[collection](id);
  return url && lang ? localisePath(url, lang) : url;
}

/** How git reports a changed file: A added, M modified, D deleted, R renamed (to `file`). */
export type ChangeKind = 'A' | 'M' | 'D' | 'R';

/** One changed file, from `git diff --name-status`. */
export interface ChangedFile {
  kind: ChangeKind;
  file: string;
}

/** A content file the change touches, placed in its collection, with the URL that shows it. */
export interface TouchedEntry {
  kind: ChangeKind;
  file: string;
  collection: CollectionName;
  id: string;
  /** The language of a translation; undefined for the English entry. */
  lang?: string;
  /** Where the entry is shown (a translation: the page in its language); none for a place. */
  url?: string;
}

/** `git diff --name-status` output as changed files (a rename counts as its new name). */
export function parseNameStatus(output: string): ChangedFile[] {
  return output
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [status = '', ...paths] = line.split('\t');
      const kind = (status[0] ?? 'M') as ChangeKind;
      return { kind: ['A', 'M', 'D', 'R'].includes(kind) ? kind : 'M', file: paths.at(-1) ?? '' };
    });
}

/** Where a content file sits: its collection, id and language; undefined for other files. */
export function placeContentFile(
  file: string,
): { collection: CollectionName; id: string; lang?: string; english: string } | undefined {
  const match = /^content\/([^/]+)\/(?:([a-z]{2})\/)?([^/]+)$/.exec(file);
  if (!match) return undefined;
  const [, folder, lang, name] = match;
  const spec = COLLECTIONS.find((c) => c.name === folder);
  const ext = spec?.extensions.find((e) => name!.endsWith(e));
  if (!spec || !ext) return undefined;
  if (lang && !TRANSLATION_CODES.includes(lang)) return undefined;
  const id = name!.slice(0, -ext.length);
  const place = { collection: spec.name, id, english: `content/${spec.name}/${name}` };
  return lang ? { ...place, lang } : place;
}

/** The content entries among the changed files, in collection order, then by file. */
export function touchedEntries(changed: readonly ChangedFile[]): TouchedEntry[] {
  const order = COLLECTIONS.map((c) => c.name);
  return changed
    .flatMap(({ kind, file }) => {
      const place = placeContentFile(file);
      if (!place) return [];
      const { english: _english, ...rest } = place;
      const url = entryUrl(place.collection, place.id, place.lang);
      return [{ kind, file, ...rest, ...(url ? { url } : {}) }];
    })
    .sort(
      (a, b) =>
        order.indexOf(a.collection) - order.indexOf(b.collection) || a.file.localeCompare(b.file),
    );
}

/**
 * The problems of `head` that `base` does not have. Lines move when a file is edited, so problems
 * are compared by file and message; a problem found twice in head but once in base is new once.
 */
export function newProblems(base: readonly Problem[], head: readonly Problem[]): Problem[] {
  const key = (p: Problem) => `${p.file}\u0000${p.message}`;
  const left = new Map<string, number>();
  for (const p of base) left.set(key(p), (left.get(key(p)) ?? 0) + 1);
  return head.filter((p) => {
    const count = left.get(key(p)) ?? 0;
    if (count === 0) return true;
    left.set(key(p), count - 1);
    return false;
  });
}

/** A translation as the languages feature reads it: its file, its English and its status. */
export interface TranslationState {
  file: string;
  english: { file: string };
  status: 'up-to-date' | 'stale' | 'unstamped';
}

/**
 * Translations this change leaves behind their English: stale in head (the English changed
 * since the translation recorded the English it was made from, readTranslations() in
 * src/i18n/translations.ts) and not already stale in the base.
 * @param head The translations of the head's content.
 * @param base The translations of the base's content.
 */
export function staleTranslations(
  head: readonly TranslationState[],
  base: readonly TranslationState[],
): { translation: string; english: string }[] {
  const before = new Set(base.filter((t) => t.status === 'stale').map((t) => t.file));
  return head
    .filter((t) => t.status === 'stale' && !before.has(t.file))
    .map((t) => ({ translation: t.file, english: t.english.file }))
    .sort((x, y) => x.translation.localeCompare(y.translation));
}

/** A built page's size change; `base` or `head` undefined for a page added or removed. */
export interface SizeChange {
  url: string;
  base?: number;
  head?: number;
}

/** The pages whose gzip size differs between the builds (added and removed pages included). */
export function sizeChanges(
  base: ReadonlyMap<string, number>,
  head: ReadonlyMap<string, number>,
): SizeChange[] {
  const urls = [...new Set([...base.keys(), ...head.keys()])].sort();
  return urls.flatMap((url) => {
    const [b, h] = [base.get(url), head.get(url)];
    if (b === h) return [];
    const change: SizeChange = { url };
    if (b !== undefined) change.base = b;
    if (h !== undefined) change.head = h;
    return [change];
  });
}

/** A byte count for people: "812 B", "14.2 KB". */
export function formatBytes(bytes: number): string {
  return Math.abs(bytes) < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

const signed = (bytes: number) =>
  `${bytes > 0 ? '+' : bytes < 0 ? '−' : '±'}${formatBytes(Math.abs(bytes))}`;

/** Everything the summary reports. Sizes are undefined when the builds were not given. */
export interface SummaryInput {
  base: string;
  entries: readonly TouchedEntry[];
  problems: readonly Problem[];
  stale: readonly { translation: string; english: string }[];
  sizes?: { changes: readonly SizeChange[]; baseTotal: number; headTotal: number };
  /** The site's address, for links ("https://example.org"). */
  site: string;
}

const KIND_WORD: Record<ChangeKind, string> = {
  A: 'added',
  M: 'changed',
  D: 'removed',
  R: 'renamed',
};

/** Markdown text inside a table cell: pipes escaped, no line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The summary as GitHub-flavoured Markdown. */
export function renderSummary(input: SummaryInput): string {
  const out: string[] = ['## Content change summary', '', `Compared with \`${input.base}\`.`, ''];

  out.push(`### Pages and entries touched (${input.entries.length})`, '');
  if (input.entries.length === 0) out.push('No file in `content/` changed.', '');
  else {
    out.push('| change | entry | file | on the site |', '| --- | --- | --- | --- |');
    for (const e of input.entries) {
      const what = `${e.collection}: \`${e.id}\`${e.lang ? ` (${e.lang} translation)` : ''}`;
      const link = !e.url
        ? 'on the maps'
        : e.kind === 'D'
          ? `${e.url} (removed)`
          : `[${e.url}](${new URL(e.url, input.site)})`;
      out.push(`| ${KIND_WORD[e.kind]} | ${cell(what)} | \`${e.file}\` | ${link} |`);
    }
    out.push('');
  }

  out.push(`### New content problems (${input.problems.length})`, '');
  if (input.problems.length === 0)
    out.push('The content check finds no problem that the base does not have.', '');
  else out.push('```', ...input.problems.map(formatProblem), '```', '');

  out.push(`### Translations made stale (${input.stale.length})`, '');
  if (input.stale.length === 0) out.push('No translation is left behind its English.', '');
  else {
    out.push('The English changed and these translations did not: update them to match.', '');
    for (const s of input.stale) out.push(`- \`${s.translation}\` (English: \`${s.english}\`)`);
    out.push('');
  }

  out.push('### Built page sizes (gzip)', '');
  if (!input.sizes)
    out.push('Not measured: the builds were not given (`--base-dist` and `--head-dist`).', '');
  else if (input.sizes.changes.length === 0) out.push('No built page changed size.', '');
  else {
    out.push('| page | base | head | change |', '| --- | ---: | ---: | ---: |');
    for (const c of input.sizes.changes) {
      const change =
        c.base === undefined
          ? 'new page'
          : c.head === undefined
            ? 'removed'
            : signed(c.head - c.base);
      out.push(
        `| ${cell(c.url)} | ${c.base === undefined ? '—' : formatBytes(c.base)} | ${c.head === undefined ? '—' : formatBytes(c.head)} | ${change} |`,
      );
    }
    const { baseTotal, headTotal } = input.sizes;
    out.push(
      `| **all pages** | **${formatBytes(baseTotal)}** | **${formatBytes(headTotal)}** | **${signed(headTotal - baseTotal)}** |`,
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
