/**
 * The interface dictionaries: one per language, typed from the English one, so that a key a
 * component asks for always exists and a translation can be checked key by key.
 *
 * - `t(code, "search.noResults", { query })`: a text, its `{…}` placeholders filled in.
 * - `tPlural(code, "pageMeta.readingTime", 5)`: a counted phrase in the language's plural form.
 * - `templateParts(text)`: a text with markup placeholders (`{link}`) split into its parts, for
 *   a component that renders the markup between them.
 * - `dictionaryProblems(en, uk, "uk")`: what a translation lacks or has too many of, for the check.
 */
import { formatNumber, plural, type PluralForms } from '../format.ts';
import { LOCALES } from '../locales.ts';
import { en } from './en.ts';
import { uk } from './uk.ts';

/** The shape of every dictionary: nested groups whose leaves are texts or plural entries. */
export interface DictionaryTree {
  readonly [key: string]: string | PluralForms | DictionaryTree;
}

/** Whether an entry of the English dictionary's type is a plural entry (only plural-form keys). */
type IsPlural<T> = T extends string
  ? false
  : [Exclude<keyof T, Intl.LDMLPluralRule>] extends [never]
    ? 'other' extends keyof T
      ? true
      : false
    : false;

/** The English dictionary's shape with its literal texts widened to any text. */
type Widen<T> = T extends string
  ? string
  : IsPlural<T> extends true
    ? PluralForms
    : { readonly [K in keyof T]: Widen<T[K]> };

/** A dictionary: the same keys as the English one, each a text or a plural entry like it. */
export type Dictionary = Widen<typeof en>;

type KeysOf<T, Want extends 'text' | 'plural'> = {
  [K in keyof T & string]: T[K] extends string
    ? Want extends 'text'
      ? K
      : never
    : IsPlural<T[K]> extends true
      ? Want extends 'plural'
        ? K
        : never
      : `${K}.${KeysOf<T[K], Want>}`;
}[keyof T & string];

/** The dot path of every text: "search.noResults". */
export type TextKey = KeysOf<typeof en, 'text'>;
/** The dot path of every plural entry: "pageMeta.readingTime". */
export type PluralKey = KeysOf<typeof en, 'plural'>;

type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The placeholder names of a literal text: "{n} results for “{query}”" → "n" | "query". */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a text's placeholders take. Any may be left out, to be rendered as markup. */
export type Values<S> = Partial<Record<Placeholders<S>, string | number>>;

type PluralText<K extends PluralKey> =
  At<typeof en, K> extends { readonly other: infer S } ? S : never;

/** Every language's dictionary, by locale code (src/i18n/locales.ts). */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, uk };

/** The dictionary of a language; throws for a language that has none, naming the file to add. */
export function dictionaryOf(code: string): Dictionary {
  const dictionary = DICTIONARIES[code];
  if (!dictionary) {
    throw new Error(
      `No interface dictionary for the language "${code}". Add src/i18n/dictionaries/${code}.ts with the keys of en.ts and list it in DICTIONARIES (src/i18n/dictionaries/index.ts).`,
    );
  }
  return dictionary;
}

function entryAt(code: string, key: string): unknown {
  let node: unknown = dictionaryOf(code);
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/**
 * A text with its placeholders filled in. Numbers are written as the language writes them;
 * placeholders without a value stay as they are (`{link}`), for `templateParts`.
 */
export function fill(
  text: string,
  values: Readonly<Record<string, string | number | undefined>>,
  code: string,
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, code) : value;
  });
}

/** The text of `key` in the language `code`, with `values` filled in. */
export function t<K extends TextKey>(
  code: string,
  key: K,
  values?: Values<At<typeof en, K>>,
): string {
  const entry = entryAt(code, key);
  if (typeof entry !== 'string') {
    throw new Error(
      `src/i18n/dictionaries/${code}.ts: "${key}" is not a text. Give it the same kind of entry as en.ts.`,
    );
  }
  return fill(entry, (values ?? {}) as Record<string, string | number>, code);
}

/**
 * The counted phrase `key` for `count` in the language `code`: the plural form Intl picks for
 * the count, `{n}` the count written in the language, then `values` filled in.
 */
export function tPlural<K extends PluralKey>(
  code: string,
  key: K,
  count: number,
  values?: Omit<Values<PluralText<K>>, 'n'>,
): string {
  const entry = entryAt(code, key);
  if (kindOf(entry) !== 'plural') {
    throw new Error(
      `src/i18n/dictionaries/${code}.ts: "${key}" is not a plural entry. Give it the same kind of entry as en.ts.`,
    );
  }
  return fill(
    plural(count, entry as PluralForms, code),
    (values ?? {}) as Record<string, string | number>,
    code,
  );
}

/** One part of a text: words, or a placeholder for the component to render (a link, a date). */
export type TemplatePart = string | { placeholder: string };

/**
 * A text split at its placeholders: "See {link}." → ["See ", { placeholder: "link" }, "."].
 * Texts never carry markup; a component renders the markup where a placeholder stands.
 */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The dictionary key of a content id: "united-states" → "unitedStates", "army-size" → "armySize". */
export function idKey(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());
}

const PLURAL_RULES: readonly string[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
] satisfies Intl.LDMLPluralRule[];

type Kind = 'text' | 'plural' | 'group' | 'other';

function kindOf(value: unknown): Kind {
  if (typeof value === 'string') return 'text';
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'other';
  const entries = Object.entries(value);
  const isPlural =
    entries.length > 0 &&
    entries.every(([key, text]) => PLURAL_RULES.includes(key) && typeof text === 'string');
  return isPlural ? 'plural' : 'group';
}

const KIND_NAMES: Record<Kind, string> = {
  text: 'a text',
  plural: 'a plural entry ({ one, …, other })',
  group: 'a group of keys',
  other: 'neither a text nor a group',
};

/** The placeholder names of a text, sorted and without repeats. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

const listOf = (names: readonly string[]) =>
  names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', ');

/**
 * The line of each key in a dictionary's source file, by dot path, read from its indentation
 * (the files are formatted by Prettier, one key per line). Pure: pass the file's text.
 */
export function keyLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: { indent: number; key: string }[] = [];
  let inside = false;
  source.split('\n').forEach((line, i) => {
    if (!inside) {
      inside = /^export const \w+ = \{/.test(line);
      return;
    }
    const match = /^(\s+)(['"]?)([A-Za-z_$][\w$]*)\2\s*:/.exec(line);
    if (!match) return;
    const indent = match[1]!.length;
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    stack.push({ indent, key: match[3]! });
    lines.set(stack.map((s) => s.key).join('.'), i + 1);
  });
  return lines;
}

/** Where a translation's problems are reported. */
export interface ProblemOptions {
  /** The translation's file, for messages. Default: src/i18n/dictionaries/<code>.ts. */
  file?: string;
  /** The translation file's text, so that messages name lines (see `keyLines`). */
  source?: string;
}

/**
 * Every way the dictionary `other` (language `code`) differs in shape from `reference` (the
 * English): keys it lacks or has that the English has not, entries of the wrong kind (a text
 * where the English has a plural entry, or a group), plural entries without the forms the
 * language needs or with forms it never uses, placeholders that differ and empty texts. Each is
 * a message naming the file (and line, given the source) and the key's dot path.
 */
export function dictionaryProblems(
  reference: unknown,
  other: unknown,
  code: string,
  options: ProblemOptions = {},
): string[] {
  const file = options.file ?? `src/i18n/dictionaries/${code}.ts`;
  const lines = options.source ? keyLines(options.source) : new Map<string, number>();
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  const lang = LOCALES.find((locale) => locale.code === code)?.lang ?? code;
  // In the canonical order (one, few, many, other), whatever order Intl lists them in.
  const used = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const categories = PLURAL_RULES.filter((rule) => used.includes(rule));
  const problems: string[] = [];

  // A missing key is reported at the line of the nearest group that exists, where it goes.
  const at = (path: string): string => {
    for (let p = path; p; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
      const line = lines.get(p);
      if (line) return `${file}:${line}`;
    }
    return file;
  };
  const report = (path: string, message: string) => problems.push(`${at(path)}: ${message}`);

  const missing = (path: string, value: unknown): void => {
    if (kindOf(value) === 'group') {
      for (const [key, child] of Object.entries(value as object)) missing(`${path}.${key}`, child);
    } else {
      report(path, `missing key "${path}": add it with its ${language} text.`);
    }
  };

  const comparePlaceholders = (path: string, english: string, text: string, form?: string) => {
    const want = placeholdersOf(english);
    const have = placeholdersOf(text);
    if (want.join() === have.join()) return;
    report(
      path,
      `"${path}"${form ? ` (form "${form}")` : ''} has the placeholders ${listOf(have)} where the English has ${listOf(want)}: use the English names, which the site fills in.`,
    );
  };

  const compare = (path: string, english: unknown, translated: unknown): void => {
    const kind = kindOf(english);
    const found = kindOf(translated);
    if (kind !== found) {
      report(
        path,
        `"${path}" is ${KIND_NAMES[found]} where the English has ${KIND_NAMES[kind]}: make it ${KIND_NAMES[kind]}.`,
      );
      return;
    }
    if (kind === 'group') {
      const en = english as Record<string, unknown>;
      const tr = translated as Record<string, unknown>;
      for (const key of Object.keys(en)) {
        const child = path ? `${path}.${key}` : key;
        if (key in tr) compare(child, en[key], tr[key]);
        else missing(child, en[key]);
      }
      for (const key of Object.keys(tr)) {
        if (key in en) continue;
        const child = path ? `${path}.${key}` : key;
        report(
          child,
          `extra key "${child}": the English dictionary (src/i18n/dictionaries/en.ts) has no such key. Remove it, or add it to the English first.`,
        );
      }
    } else if (kind === 'plural') {
      const en = english as PluralForms;
      const forms = translated as Record<string, string>;
      const lacking = categories.filter((category) => !(category in forms));
      if (lacking.length > 0) {
        report(
          path,
          `plural entry "${path}" lacks the form${lacking.length > 1 ? 's' : ''} ${lacking.map((f) => `"${f}"`).join(', ')} that ${language} uses (${categories.join(', ')}): add ${lacking.length > 1 ? 'them' : 'it'}.`,
        );
      }
      for (const [form, text] of Object.entries(forms)) {
        if (!categories.includes(form)) {
          report(
            path,
            `plural entry "${path}" has the form "${form}", which ${language} never uses (${categories.join(', ')}): remove it.`,
          );
        } else if (text.trim() === '') {
          report(path, `"${path}" (form "${form}") is empty: write its ${language} text.`);
        } else if (typeof en.other === 'string') comparePlaceholders(path, en.other, text, form);
      }
    } else if (kind === 'text') {
      const text = translated as string;
      if (text.trim() === '') report(path, `"${path}" is empty: write its ${language} text.`);
      else comparePlaceholders(path, english as string, text);
    }
  };

  compare('', reference, other);
  return problems;
}
