/**
 * The one reader of content/. Everything outside Astro's own content layer reads content through
 * it: the content check, the citation and glossary plugins, the search index, the benchmark, the
 * readability report and the tests. It places each file in its collection, parses it once (YAML,
 * or frontmatter plus body), validates it with the collection's schema, and reports every file it
 * cannot use as a problem with its file and line, so no caller skips, throws or trusts a broken
 * file in its own way.
 *
 * Translations (`content/<collection>/uk/<id>.<ext>`) are not English entries: they are set
 * aside in `translations`, for a translation layer that looks entries up by locale.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ID_HINT, ID_PATTERN } from '../shared/vocabulary.ts';
import { describeIssues } from './check/issues.ts';
import type { Problem } from './problems.ts';
import {
  COLLECTIONS,
  TRANSLATION_FOLDERS,
  type CollectionName,
  type CollectionSpec,
  type EntryData,
} from './registry.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './yaml-source.ts';

/** A file handed to the reader: where it is and what it contains. */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes: "content/actors/kremlin.yaml". */
  path: string;
  text: string;
}

/** One entry as read: its place, its parsed data and, for Markdown, its body. */
export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** The file, as in problems: "content/events/x.yaml". */
  file: string;
  /** The file's text as written. */
  text: string;
  /**
   * The data: validated (defaults filled in) when `valid`, else as parsed, so that checks can
   * still look at its shape; undefined when the YAML did not parse.
   */
  data: EntryData<C> | undefined;
  /** Whether the data passed the collection's schema. */
  valid: boolean;
  /** The YAML with its way back from a field to its line (for problems). */
  yaml?: ParsedYaml;
  /** A Markdown entry's body: the whole file with the frontmatter blanked, so lines match. */
  body?: string;
  /** Whether the body is MDX. */
  mdx: boolean;
}

/** An entry that passed its schema. */
export type ValidEntry<C extends CollectionName = CollectionName> = Entry<C> & {
  data: EntryData<C>;
  valid: true;
};

/** What the reader found in a content folder. */
export interface ContentSet {
  /** The content folder as named in problems: "content". */
  dir: string;
  /** Every entry placed in a collection, valid or not, in file order. */
  entries: Entry[];
  /** Files under a translation folder, for the languages feature; not read as entries. */
  translations: ContentFile[];
  /** Files that were read at all (entries, translations and misplaced files). */
  files: number;
  /** Every file the reader could not use, and every schema problem, with file and line. */
  problems: Problem[];
  /** The valid entries of one collection, in file order. */
  valid<C extends CollectionName>(collection: C): ValidEntry<C>[];
  /** The ids of one collection's entries (valid or not), for reference checks. */
  ids(collection: CollectionName): Set<string>;
}

/**
 * Read files (paths relative to the project root, starting with `contentDir`). Pure: the I/O is
 * in {@link readContentDir}. `only` limits reading to some collections; `languages` are the
 * translation folders (by default the site's languages, src/i18n/locales.ts).
 */
export function readContent(
  files: readonly ContentFile[],
  contentDir = 'content',
  only?: readonly CollectionName[],
  languages: readonly string[] = TRANSLATION_FOLDERS,
): ContentSet {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const translations: ContentFile[] = [];
  const specs = only ? COLLECTIONS.filter((c) => only.includes(c.name)) : COLLECTIONS;
  for (const file of files) {
    const place = placeFile(file, contentDir, specs, languages);
    if (place === undefined) continue;
    if (place === 'translation') {
      translations.push(file);
      continue;
    }
    if (typeof place === 'string') {
      if (!only) problems.push({ file: file.path, line: 1, message: place });
      continue;
    }
    const twin = entries.find((e) => e.collection === place.spec.name && e.id === place.id);
    if (twin) {
      problems.push({
        file: file.path,
        line: 1,
        message: `${twin.file} has the same id "${place.id}". Rename or remove one of the two files.`,
      });
      continue;
    }
    entries.push(readEntry(file, place.spec, place.id, problems));
  }
  return {
    dir: contentDir,
    entries,
    translations,
    files: files.length,
    problems,
    valid: <C extends CollectionName>(collection: C) =>
      entries.filter((e): e is ValidEntry<C> => e.collection === collection && e.valid),
    ids: (collection) =>
      new Set(entries.filter((e) => e.collection === collection).map((e) => e.id)),
  };
}

/** Parse and validate one file of a collection. */
function readEntry(
  file: ContentFile,
  spec: CollectionSpec,
  id: string,
  problems: Problem[],
): Entry {
  const mdx = file.path.endsWith('.mdx');
  const base = { collection: spec.name, id, file: file.path, text: file.text, mdx };
  const split = spec.markdown ? splitFrontmatter(file.text) : undefined;
  const body = split ? { body: split.body } : {};
  if (split && split.frontmatter === undefined) {
    problems.push({
      file: file.path,
      line: 1,
      message:
        `no frontmatter. Start the file with a "---" line, the fields of ${spec.noun} ` +
        '("name: value" lines), and another "---" line.',
    });
    return { ...base, ...body, data: undefined, valid: false };
  }
  const yaml = parseYaml(split?.frontmatter ?? file.text, split?.frontmatterLine ?? 1);
  const at = (p: { line: number; message: string; column?: number }): Problem => ({
    file: file.path,
    ...p,
  });
  if (yaml.errors.length > 0) {
    problems.push(...yaml.errors.map(at));
    return { ...base, ...body, yaml, data: undefined, valid: false };
  }
  const result = spec.schema.safeParse(yaml.data);
  if (!result.success) {
    problems.push(
      ...describeIssues(result.error.issues, yaml.data, yaml, spec.schema, spec.noun).map(at),
    );
  }
  return {
    ...base,
    ...body,
    yaml,
    data: (result.success ? result.data : yaml.data) as never,
    valid: result.success,
  };
}

/**
 * Which collection a file belongs to and its id; `'translation'` for a translation; a message for
 * a file in the wrong place; undefined for a file that is not content (`.gitkeep`, a README).
 */
function placeFile(
  file: ContentFile,
  contentDir: string,
  specs: readonly CollectionSpec[],
  languages: readonly string[],
): { spec: CollectionSpec; id: string } | 'translation' | string | undefined {
  const parts = file.path.slice(contentDir.length + 1).split('/');
  const name = parts.at(-1) ?? '';
  if (name.startsWith('.') || parts.length === 1) return undefined;
  const spec = specs.find((c) => c.name === parts[0]);
  if (!spec) {
    if (specs.length < COLLECTIONS.length) return undefined;
    const folders = COLLECTIONS.map((c) => c.name).join(', ');
    return `"${parts[0]}" is not a content folder, so this file is not read. Use one of: ${folders}.`;
  }
  // Translations are read by the languages feature, beside the English entry they translate.
  if (parts.length === 3 && languages.includes(parts[1] ?? '')) return 'translation';
  if (parts.length > 2) {
    return `files in subfolders are not read. Move it to ${contentDir}/${spec.name}/.`;
  }
  const extension = spec.extensions.find((ext) => name.endsWith(ext));
  if (!extension) {
    return `this file is not read: ${contentDir}/${spec.name}/ holds ${spec.extensions.join(' or ')} files.`;
  }
  const id = name.slice(0, -extension.length);
  if (!ID_PATTERN.test(id)) {
    return (
      `the file name "${id}" is not a valid id (ids are file names, used in links and ` +
      `references). ${ID_HINT}`
    );
  }
  return { spec, id };
}

/** Every file under `dir` (recursively), with paths relative to `root` using forward slashes. */
export function readContentFiles(dir: string, root: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({
      path: relative(root, path).split(sep).join('/'),
      text: readFileSync(path, 'utf8'),
    }));
}

/**
 * Read the content folder at `dir` (absolute, or relative to the working directory). Files are
 * named relative to the folder that contains it, so the site's read "content/events/x.yaml".
 * `only` reads just some collections (their folders alone are listed).
 */
export function readContentDir(dir: string, only?: readonly CollectionName[]): ContentSet {
  const root = dirname(resolve(dir));
  const name = basename(resolve(dir));
  const files = only
    ? only.flatMap((c) => readContentFiles(join(resolve(dir), c), root))
    : readContentFiles(resolve(dir), root);
  return readContent(files, name, only);
}

/** Whether `dir` is a folder (for messages about a wrong path). */
export function isFolder(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

/**
 * The valid entries of one collection of the content folder `dir`, by id: for the Markdown
 * plugins, which run inside the build's pipeline and cannot use astro:content. A broken file is
 * left out here and reported, with its file and line, by the content check, which runs first.
 */
export function readCollection<C extends CollectionName>(
  dir: string,
  collection: C,
): Map<string, EntryData<C>> {
  return new Map(
    readContentDir(dir, [collection])
      .valid(collection)
      .map((e) => [e.id, e.data]),
  );
}
