/**
 * What `npm run new` writes: a new entry of a collection with every required field, each under a
 * comment taken from the schema's own description, and the optional fields as commented-out
 * lines; or, with `--lang uk`, a translation that starts from the English entry's translatable
 * text, with comments in Ukrainian (the translation layout is in CONTRIBUTING.md).
 *
 * Pure: schemas and text in, file text out. scripts/new-entry.ts does the reading and writing.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import {
  IdSchema,
  describe,
  fieldsAt,
  requiredFields,
  schemaAt,
  type CollectionName,
  type CollectionSpec,
} from '../collections/index.ts';
import { TRANSLATABLE } from '../i18n/index.ts';

type Schema = z.ZodType;
type Def = Record<string, unknown>;

/** The schema without optional/default/preprocess wrappers. */
function bare(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as Def;
    if (['optional', 'default', 'nullable'].includes(def['type'] as string)) {
      current = def['innerType'] as Schema;
    } else if (def['type'] === 'pipe' && !isDate(current)) {
      current = def['out'] as Schema;
    } else {
      return current;
    }
  }
}

/**
 * Whether a field holds a calendar date (the schemas' IsoDateSchema, however described): it
 * takes a YYYY-MM-DD day and refuses an impossible one.
 */
function isDate(schema: Schema): boolean {
  return schema.safeParse('2025-11-25').success && !schema.safeParse('2025-13-45').success;
}

/** The values an enum field allows, or undefined for any other field. */
export function enumValues(schema: Schema): string[] | undefined {
  const def = bare(schema)._zod.def as unknown as Def;
  return def['type'] === 'enum' ? Object.values(def['entries'] as object).map(String) : undefined;
}

/** Why an id cannot be used, in the schemas' own words; undefined for a good id. */
export function idProblem(id: string): string | undefined {
  const result = IdSchema.safeParse(id);
  return result.success ? undefined : result.error.issues.map((i) => i.message).join(' ');
}

/** `# text` lines, wrapped at about 96 characters. */
function comment(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > 94) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

/** The comment for a field: its description, and the values it allows when it is a choice. */
function fieldNote(schema: Schema): string {
  const description = describe(schema) ?? '';
  const values = enumValues(schema);
  const listed = values?.every((v) => description.includes(v));
  return values && !listed ? `${description} One of: ${values.join(', ')}.` : description;
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})-/;

/**
 * The value a new entry starts with: a list or text left empty for the contributor (the content
 * check then names each one still to fill), the date at the start of the id (events and updates
 * are named `<date>-<short-name>`), and today for the day a page last changed.
 */
function startValue(field: string, schema: Schema, id: string, today: string): string {
  const def = bare(schema)._zod.def as unknown as Def;
  if (isDate(schema)) {
    const fromId = DATE_PREFIX.exec(id)?.[1];
    return fromId ?? (field === 'updated' ? today : '""');
  }
  if (def['type'] === 'array') return '[]';
  if (def['type'] === 'number' || def['type'] === 'int') return '';
  return '""';
}

/** The YAML of a new entry (frontmatter for Markdown collections), comments included. */
function entryYaml(spec: CollectionSpec, id: string, today: string): string[] {
  const required = new Set(requiredFields(spec.schema));
  const lines: string[] = [];
  const optional: string[] = [];
  for (const field of fieldsAt(spec.schema, [])) {
    const schema = schemaAt(spec.schema, [field])!;
    if (required.has(field)) {
      lines.push(...comment(fieldNote(schema)));
      lines.push(`${field}: ${startValue(field, schema, id, today)}`.trimEnd());
    } else {
      optional.push(...comment(`${field}: ${fieldNote(schema)}`));
    }
  }
  if (optional.length > 0) {
    lines.push('', '# Optional fields: add any that apply, as "name: value" lines.', ...optional);
  }
  return lines;
}

/**
 * The text of a new entry `id` of the collection `spec`.
 * @param today The day it is written, YYYY-MM-DD (a page's `updated`).
 */
export function entryTemplate(spec: CollectionSpec, id: string, today: string): string {
  const fileName = `${id}${spec.extensions[spec.markdown ? spec.extensions.length - 1 : 0]}`;
  const head = comment(
    `${spec.noun[0]!.toUpperCase()}${spec.noun.slice(1)}: content/${spec.name}/${fileName}. ` +
      'Fill in each field below its comment (the content check names each one still empty), then delete the comments if you like.',
  );
  const yaml = [...head, '', ...entryYaml(spec, id, today)];
  if (!spec.markdown) return `${yaml.join('\n')}\n`;
  const body =
    spec.name === 'pages'
      ? 'The page itself goes below the closing --- line, in ## sections, with [@source-id] after each fact.'
      : 'The note to readers goes below the closing --- line, in a few short sentences.';
  return `---\n${[...yaml, '', ...comment(body)].join('\n')}\n---\n\n`;
}

/** The file extension a new entry of the collection gets (`.mdx` for pages, `.yaml` for data). */
export function newExtension(spec: CollectionSpec): string {
  return spec.markdown ? spec.extensions[spec.extensions.length - 1]! : spec.extensions[0]!;
}

/**
 * A note in Ukrainian for the translator on each translatable field, by collection and field.
 * Which fields a collection translates, and how, comes from TRANSLATABLE (src/i18n/translatable.ts);
 * a field without a note of its own gets the general one.
 */
export const TRANSLATION_NOTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  pages: {
    title: 'Назва сторінки: її єдиний заголовок.',
    description:
      'Одне речення для пошукових систем і попереднього перегляду посилань, до 200 символів.',
    summary: 'Абзац «Коротко» на початку сторінки.',
    navLabel: 'Коротка назва для меню.',
  },
  actors: {
    name: 'Ім’я або назва, як їх пишуть українською.',
    role: 'Посада чи опис кількома словами.',
    summary: 'Одне-два речення: що вони роблять у цих переговорах.',
    position: 'Їхня позиція, як її подають джерела.',
    aliases: 'Українські написання й форми, за якими читач може шукати; можна залишити [].',
    quotes:
      'Цитати з тими самими id і в тому самому порядку, що й англійською: text — переклад слів, context — де і коли сказано.',
  },
  events: {
    title: 'Що сталося, коротким заголовком.',
    place: 'Де це сталося.',
    summary: 'Одне-два речення про те, що сталося.',
  },
  provisions: {
    title: 'Коротка назва положення.',
    original: 'Що, за повідомленнями, було в проєкті плану.',
    revision: 'Що відомо про це положення після Женеви.',
    positions:
      'Позиції сторін з тими самими actor і в тому самому порядку, що й англійською: position — переклад.',
  },
  glossary: {
    term: 'Термін, як його пишуть українською.',
    aliases: 'Українські написання й форми, за якими читач може шукати; можна залишити [].',
    definition: 'Коротке визначення для читача.',
  },
  sources: {
    title:
      'Назва: перекладіть, якщо її написали ми; справжній заголовок видання залиште англійською.',
    note: 'Для чого сайт використовує це джерело.',
    relays: 'Чиї повідомлення передає джерело, у тому самому порядку.',
  },
  issues: { label: 'Назва питання, як її бачить читач у рядку таблиці позицій.' },
  places: {
    name: 'Назва місця, як її пишуть українською; так її підписують мапи.',
    aliases: 'Українські написання й форми, за якими читач може шукати; можна залишити [].',
    note: 'Одне речення про те, що, за джерелами, відбувається в цьому місці.',
  },
  updates: { title: 'Короткий заголовок зміни.' },
};

const GENERAL_NOTE = 'Перекладіть цей текст українською.';

/** One field a translation writes: its value to start from and the note above it. */
interface TranslationField {
  field: string;
  start: unknown;
}

const hasValue = (value: unknown) =>
  value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

/**
 * The fields a translation of `english` starts with, in TRANSLATABLE's order: the text fields
 * and lists of strings the English has, with the English text; the fields a language writes
 * for itself (aliases), empty, as Ukrainian spellings are not English ones; and the lists of
 * objects with each item's key kept and its text fields taken from the English.
 */
export function translationFields(
  collection: CollectionName,
  english: Record<string, unknown>,
): TranslationField[] {
  const spec = TRANSLATABLE[collection];
  if (!spec) return [];
  const fields: TranslationField[] = [];
  for (const field of [...spec.fields, ...(spec.stringLists ?? [])]) {
    if (hasValue(english[field])) fields.push({ field, start: english[field] });
  }
  for (const field of spec.own ?? []) fields.push({ field, start: [] });
  for (const [field, list] of Object.entries(spec.lists ?? {})) {
    const items = english[field];
    if (!Array.isArray(items) || items.length === 0) continue;
    const keep = [list.key, ...list.fields];
    fields.push({
      field,
      start: items.map((item: Record<string, unknown>) =>
        Object.fromEntries(keep.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])),
      ),
    });
  }
  return fields;
}

/**
 * The text of a new Ukrainian translation of an English entry.
 * @param spec The collection.
 * @param englishPath The English file, as written in messages: "content/events/x.yaml".
 * @param english The English entry's data (parsed YAML or frontmatter).
 * @param body The English body, for Markdown collections.
 */
export function translationTemplate(
  spec: CollectionSpec,
  englishPath: string,
  english: Record<string, unknown>,
  body = '',
): string {
  const lines = comment(
    `Переклад ${englishPath} українською. Нижче — англійський текст: замініть його перекладом. ` +
      'Дати, джерела, порядок та інші поля беруться з англійського запису; не додавайте їх сюди.',
  );
  for (const { field, start } of translationFields(spec.name, english)) {
    lines.push('', ...comment(TRANSLATION_NOTES[spec.name]?.[field] ?? GENERAL_NOTE));
    lines.push(stringify({ [field]: start }, { lineWidth: 0 }).trimEnd());
  }
  if (!spec.markdown) return `${lines.join('\n')}\n`;
  lines.push(
    '',
    ...comment(
      'Нижче — англійський текст сторінки. Перекладіть його, зберігши посилання на джерела [@…], ' +
        'позначки [!…], цифри, адреси посилань, заголовки, компоненти на кшталт <EventList /> і ' +
        'порядок абзаців. Цитати пишіть через <Quote original="…">…</Quote>.',
    ),
  );
  return `---\n${lines.join('\n')}\n---\n${body.startsWith('\n') ? '' : '\n'}${body}`;
}
