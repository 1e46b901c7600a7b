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
import type { CollectionName, CollectionSpec } from '../lib/content-check/collections.ts';
import { describe, fieldsAt, requiredFields, schemaAt } from '../lib/content-check/schema-info.ts';
import { IdSchema } from '../lib/schemas.ts';

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
 * The translatable fields of each collection, in the order a translation lists them, with a
 * note in Ukrainian for the translator. Fields marked `ifPresent` are written only when the
 * English has them. Lists of objects keep their `keep` fields from the English (ids) and have
 * their `translate` fields translated.
 */
export const TRANSLATION_FIELDS: Record<
  CollectionName,
  readonly {
    field: string;
    note: string;
    ifPresent?: boolean;
    /** Start empty rather than from the English (Ukrainian spellings are not English ones). */
    empty?: boolean;
    keep?: readonly string[];
    translate?: readonly string[];
  }[]
> = {
  pages: [
    { field: 'title', note: 'Назва сторінки: її єдиний заголовок.' },
    {
      field: 'description',
      note: 'Одне речення для пошукових систем і попереднього перегляду посилань, до 200 символів.',
    },
    { field: 'summary', note: 'Абзац «Коротко» на початку сторінки.' },
    { field: 'navLabel', note: 'Коротка назва для меню.', ifPresent: true },
  ],
  actors: [
    { field: 'name', note: 'Ім’я або назва, як їх пишуть українською.' },
    { field: 'role', note: 'Посада чи опис кількома словами.' },
    { field: 'summary', note: 'Одне-два речення: що вони роблять у цих переговорах.' },
    { field: 'position', note: 'Їхня позиція, як її подають джерела.' },
    {
      field: 'aliases',
      note: 'Українські написання й форми, за якими читач може шукати; можна залишити [].',
      empty: true,
    },
    {
      field: 'quotes',
      note: 'Цитати з тими самими id і в тому самому порядку, що й англійською: text — переклад слів, context — де і коли сказано.',
      ifPresent: true,
      keep: ['id'],
      translate: ['text', 'context'],
    },
  ],
  events: [
    { field: 'title', note: 'Що сталося, коротким заголовком.' },
    { field: 'place', note: 'Де це сталося.', ifPresent: true },
    { field: 'summary', note: 'Одне-два речення про те, що сталося.' },
  ],
  provisions: [
    { field: 'title', note: 'Коротка назва положення.' },
    { field: 'original', note: 'Що, за повідомленнями, було в проєкті плану.' },
    { field: 'revision', note: 'Що відомо про це положення після Женеви.', ifPresent: true },
    {
      field: 'positions',
      note: 'Позиції сторін з тими самими actor і в тому самому порядку, що й англійською: position — переклад.',
      ifPresent: true,
      keep: ['actor'],
      translate: ['position'],
    },
  ],
  glossary: [
    { field: 'term', note: 'Термін, як його пишуть українською.' },
    {
      field: 'aliases',
      note: 'Українські написання й форми, за якими читач може шукати; можна залишити [].',
      empty: true,
    },
    { field: 'definition', note: 'Коротке визначення для читача.' },
  ],
  sources: [
    {
      field: 'title',
      note: 'Назва: перекладіть, якщо її написали ми; справжній заголовок видання залиште англійською.',
    },
    { field: 'note', note: 'Для чого сайт використовує це джерело.', ifPresent: true },
    {
      field: 'relays',
      note: 'Чиї повідомлення передає джерело, у тому самому порядку.',
      ifPresent: true,
    },
  ],
  updates: [{ field: 'title', note: 'Короткий заголовок зміни.' }],
};

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
  for (const spec_ of TRANSLATION_FIELDS[spec.name]) {
    const value = english[spec_.field];
    if (spec_.ifPresent && (value === undefined || (Array.isArray(value) && value.length === 0))) {
      continue;
    }
    let start: unknown = spec_.empty ? [] : value;
    if (spec_.keep && Array.isArray(value)) {
      const fields = [...spec_.keep, ...(spec_.translate ?? [])];
      start = value.map((item: Record<string, unknown>) =>
        Object.fromEntries(fields.map((f) => [f, item[f]])),
      );
    }
    lines.push('', ...comment(spec_.note));
    lines.push(stringify({ [spec_.field]: start }, { lineWidth: 0 }).trimEnd());
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
