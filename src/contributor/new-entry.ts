/**
 * `npm run new -- <collection> <id> [--lang uk]`, as a function of the working folder so tests can
 * run it on a temporary project: checks the request, writes the file, then runs the content check
 * on it. The file text comes from src/contributor/scaffold.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import {
  COLLECTIONS,
  checkContentDir,
  formatProblem,
  splitFrontmatter,
  type CollectionSpec,
} from '../collections/index.ts';
import { TRANSLATABLE, TRANSLATION_CODES } from '../i18n/index.ts';
import { entryTemplate, idProblem, newExtension, translationTemplate } from './scaffold.ts';

/** What a run printed and whether it succeeded. */
export interface NewEntryResult {
  ok: boolean;
  /** The file written, relative to the project: "content/events/x.yaml". */
  written?: string;
  output: string[];
}

const USAGE =
  'Usage: npm run new -- <collection> <id> [--lang uk]\n' +
  `  <collection> is one of: ${COLLECTIONS.map((c) => c.name).join(', ')}\n` +
  '  <id> is the new file name without extension, like "2025-11-26-geneva-follow-up" or "donbas".';

/** The existing file of entry `id` in `folder` (any of the collection's extensions), if any. */
function existing(
  root: string,
  folder: string,
  spec: CollectionSpec,
  id: string,
): string | undefined {
  return spec.extensions
    .map((ext) => `${folder}/${id}${ext}`)
    .find((f) => existsSync(join(root, f)));
}

/**
 * Run the scaffold in the project at `root` with the command-line `args`.
 * @param today The day, YYYY-MM-DD, for a new page's `updated`.
 */
export function newEntry(root: string, args: readonly string[], today: string): NewEntryResult {
  const fail = (message: string): NewEntryResult => ({ ok: false, output: [message] });
  const positional: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') lang = args[++i] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg.startsWith('-')) return fail(`Unknown option ${arg}.\n${USAGE}`);
    else positional.push(arg);
  }
  const [name, id, ...extra] = positional;
  if (!name || !id || extra.length > 0) return fail(USAGE);
  const spec = COLLECTIONS.find((c) => c.name === name);
  if (!spec) {
    return fail(
      `"${name}" is not a collection. Use one of: ${COLLECTIONS.map((c) => c.name).join(', ')}.`,
    );
  }
  const bad = idProblem(id);
  if (bad) {
    return fail(
      `"${id}" cannot be an id: ${bad} The id is the file name, used in links and references.`,
    );
  }
  if (lang !== undefined && !TRANSLATION_CODES.includes(lang)) {
    return fail(
      `--lang ${lang || '(missing)'}: translations can be written in: ${TRANSLATION_CODES.join(', ')}.`,
    );
  }
  if (lang !== undefined && !TRANSLATABLE[spec.name]) {
    return fail(
      `${spec.name} are not translated: everything in them is the same in every language ` +
        `(src/i18n/translatable.ts). Write the English entry only: npm run new -- ${spec.name} ${id}`,
    );
  }

  const folder = `content/${spec.name}`;
  const englishFile = existing(root, folder, spec, id);
  let file: string;
  let text: string;
  if (lang === undefined) {
    if (englishFile) {
      return fail(
        `${englishFile} already exists, so "${id}" is taken. Edit that file, or choose another id.`,
      );
    }
    file = `${folder}/${id}${newExtension(spec)}`;
    text = entryTemplate(spec, id, today);
  } else {
    if (!englishFile) {
      return fail(
        `There is no English ${spec.noun.replace(/^an? /, '')} "${id}" in ${folder}/ to translate. ` +
          `Write it first (npm run new -- ${spec.name} ${id}), or check the id.`,
      );
    }
    const taken = existing(root, `${folder}/${lang}`, spec, id);
    if (taken) return fail(`${taken} already exists. Edit that file to change the translation.`);
    const source = readFileSync(join(root, englishFile), 'utf8');
    const split = spec.markdown ? splitFrontmatter(source) : undefined;
    const data = (parse(split ? (split.frontmatter ?? '') : source) ?? {}) as Record<
      string,
      unknown
    >;
    const body = split ? split.body.replace(/^(?:[ \t]*\r?\n)+/, '') : '';
    // Same id and extension as the English, in the language's subfolder.
    file = `${folder}/${lang}/${englishFile.slice(folder.length + 1)}`;
    text = translationTemplate(spec, englishFile, data, body);
  }

  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  // The one content check, which also checks a translation against its English (parity).
  const problems = checkContentDir(join(root, 'content')).filter((p) => p.file === file);
  const output = [`Wrote ${file}.`];
  if (problems.length === 0) output.push('The content check finds no problems in it.');
  else {
    output.push(
      `The content check lists what is still to do in it (${problems.length}):`,
      ...problems.map(formatProblem),
    );
  }
  return { ok: true, written: file, output };
}
