/**
 * The translations of content/: each file under `content/<collection>/<code>/`, paired with the
 * English entry it translates, with its status (up to date, stale, not yet stamped) and every
 * problem with it: no English to translate, broken YAML, missing or extra fields, and parity
 * (citations, badges, numbers, links and blocks that differ from the English). Pure: it works
 * on what the one content reader read.
 */
import type { Problem } from '../collections/problems.ts';
import type { ContentFile, ContentSet, Entry } from '../collections/reader.ts';
import type { CollectionName } from '../collections/registry.ts';
import { parseYaml, splitFrontmatter } from '../collections/yaml-source.ts';
import type { Root } from 'mdast';
import { parseBody } from '../collections/check/parse.ts';
import { bodyBlocks, type Block } from './blocks.ts';
import { changesSince, fingerprint, type Change, type Fingerprint } from './fingerprint.ts';
import { parityProblems } from './parity.ts';
import { STAMP_FIELD, TRANSLATABLE } from './translatable.ts';

/** Where a translation stands against its English. */
export type TranslationStatus = 'up-to-date' | 'stale' | 'unstamped';

/** One translated file, read. */
export interface Translation {
  collection: CollectionName;
  id: string;
  /** The language code: "uk". */
  code: string;
  /** The translation's file: "content/actors/uk/kremlin.yaml". */
  file: string;
  /** The English entry it translates. */
  english: Entry;
  /** The translated fields, as parsed. */
  data: Record<string, unknown>;
  /** The translation's body (frontmatter blanked, so lines are file lines), for Markdown. */
  body?: string;
  status: TranslationStatus;
  /** What changed in the English since the translation was stamped (when stale). */
  changes: Change[];
  /** The fingerprint of the English as it is now: what `--stamp` records. */
  current: Fingerprint;
}

/** Every translation of a content set, and every problem with one. */
export interface TranslationSet {
  translations: Translation[];
  problems: Problem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asFingerprint(value: unknown): Fingerprint | undefined {
  if (!isRecord(value) || typeof value['hash'] !== 'string' || !isRecord(value['parts'])) {
    return undefined;
  }
  const parts = Object.fromEntries(
    Object.entries(value['parts']).map(([key, hash]) => [key, String(hash)]),
  );
  const body = Array.isArray(value['body']) ? value['body'].map(String) : undefined;
  return { hash: value['hash'], parts, ...(body ? { body } : {}) };
}

/**
 * Parses a Markdown body, or gives undefined when it cannot be parsed. The content check passes
 * its own, which checks each body (MDX policy, citations, diagrams) in the same single parse and
 * reports a syntax error itself.
 */
export type ParseBody = (file: string, body: string, mdx: boolean) => Root | undefined;

const parseQuietly: ParseBody = (_file, body, mdx) => {
  try {
    return parseBody(body, mdx);
  } catch {
    return undefined;
  }
};

/** The blocks of a body, from its parse; undefined when it has no body or no parse. */
function blocksOf(file: string, body: string | undefined, parse: ParseBody): Block[] | undefined {
  if (body === undefined) return undefined;
  const tree = parse(file, body, file.endsWith('.mdx'));
  return tree ? bodyBlocks(body, { tree }) : undefined;
}

function readOne(
  file: ContentFile,
  content: ContentSet,
  problems: Problem[],
  parse: ParseBody,
): Translation | undefined {
  const parts = file.path.slice(content.dir.length + 1).split('/');
  const [collection, code, name = ''] = parts as [CollectionName, string, string];
  const id = name.replace(/\.(ya?ml|mdx?)$/, '');
  const english = content.entries.find((e) => e.collection === collection && e.id === id);
  const at = (line: number, message: string) => problems.push({ file: file.path, line, message });
  const spec = TRANSLATABLE[collection];
  // A body is parsed (and so checked) first, whatever else is wrong: the build compiles it.
  const split = spec?.body || /\.mdx?$/.test(file.path) ? splitFrontmatter(file.text) : undefined;
  const translationBlocks = split && blocksOf(file.path, split.body, parse);
  if (!spec) {
    at(
      1,
      `${collection} are not translated: everything in them is the same in every language. Remove this file.`,
    );
    return undefined;
  }
  if (!english) {
    at(
      1,
      `there is no English entry "${id}" in ${content.dir}/${collection}/ for this file to translate. Translate an existing entry, with its file name, or remove this file.`,
    );
    return undefined;
  }
  if (!english.valid) return undefined;
  const yaml = parseYaml(
    split ? (split.frontmatter ?? '') : file.text,
    split ? split.frontmatterLine : 1,
  );
  for (const error of yaml.errors) {
    problems.push({
      file: file.path,
      line: error.line,
      ...(error.column === undefined ? {} : { column: error.column }),
      message: error.message,
    });
  }

  if (yaml.errors.length > 0) return undefined;
  if (!isRecord(yaml.data)) {
    at(
      1,
      'a translation is a set of fields ("title: …"), like its English entry. Start from a copy of the English file.',
    );
    return undefined;
  }
  const data = yaml.data;
  const englishBlocks = blocksOf(english.file, english.body, parse);
  // A body that does not parse has its syntax error reported; parity waits until it parses.
  if (spec.body && (!englishBlocks || !translationBlocks)) return undefined;
  for (const problem of parityProblems({
    collection,
    englishFile: english.file,
    english: (english.data ?? {}) as Record<string, unknown>,
    translation: data,
    ...(englishBlocks ? { englishBlocks } : {}),
    ...(translationBlocks ? { translationBlocks } : {}),
    lineOf: (path) =>
      yaml.lineOf(path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) - 1 : p))),
  })) {
    at(problem.line, problem.message);
  }
  const current = fingerprint(
    collection,
    (english.data ?? {}) as Record<string, unknown>,
    englishBlocks,
  );
  const recorded = asFingerprint(data[STAMP_FIELD]);
  const status: TranslationStatus = !recorded
    ? 'unstamped'
    : recorded.hash === current.hash
      ? 'up-to-date'
      : 'stale';
  const changes =
    recorded && status === 'stale' ? changesSince(recorded, current, englishBlocks) : [];
  return {
    collection,
    id,
    code,
    file: file.path,
    english,
    data,
    ...(split ? { body: split.body } : {}),
    status,
    changes,
    current,
  };
}

/**
 * Read and check every translation the reader set aside. `parse` parses each Markdown body
 * (English and translated) once; by default quietly, for callers that are not the check.
 */
export function readTranslations(
  content: ContentSet,
  parse: ParseBody = parseQuietly,
): TranslationSet {
  const problems: Problem[] = [];
  const translations: Translation[] = [];
  for (const file of content.translations) {
    const translation = readOne(file, content, problems, parse);
    if (!translation) continue;
    translations.push(translation);
    const line = 1;
    if (translation.status === 'unstamped') {
      problems.push({
        file: translation.file,
        line,
        message: `this translation does not record which English it was made from. When it says what ${translation.english.file} says, run \`npm run translations -- --stamp ${translation.file}\`.`,
      });
    } else if (translation.status === 'stale') {
      const what = translation.changes
        .map((c) => (c.line ? `${c.what} (${translation.english.file}:${c.line})` : c.what))
        .join('; ');
      problems.push({
        file: translation.file,
        line,
        severity: 'warning',
        message: `stale: ${translation.english.file} changed since this translation was made: ${what}. Bring the translation up to date, then run \`npm run translations -- --stamp ${translation.file}\`. Until then the page tells readers that the English is newer.`,
      });
    }
  }
  return { translations, problems };
}

/** One row of the translation status table: an English entry in one language. */
export interface StatusRow {
  collection: CollectionName;
  id: string;
  code: string;
  status: TranslationStatus | 'missing';
  /** The translation's file, or where it would go. */
  file: string;
}

/** The status of every translatable English entry in every language. */
export function statusTable(
  content: ContentSet,
  set: TranslationSet,
  codes: readonly string[],
): StatusRow[] {
  const rows: StatusRow[] = [];
  for (const entry of content.entries) {
    if (!TRANSLATABLE[entry.collection] || !entry.valid) continue;
    for (const code of codes) {
      const found = set.translations.find(
        (t) => t.collection === entry.collection && t.id === entry.id && t.code === code,
      );
      const extension = entry.file.slice(entry.file.lastIndexOf('.'));
      rows.push({
        collection: entry.collection,
        id: entry.id,
        code,
        status: found?.status ?? 'missing',
        file: found?.file ?? `${content.dir}/${entry.collection}/${code}/${entry.id}${extension}`,
      });
    }
  }
  return rows;
}
