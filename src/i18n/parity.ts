/**
 * Parity: a translation says what its English says, with the same evidence. It keeps every
 * citation, status badge, number and link target of its English, block for block and field for
 * field, and translates only what a translator translates (see translatable.ts). Each mismatch
 * is a problem at the translation's line, naming the English line to compare with.
 */
import { numbersOf, type Block } from './blocks.ts';
import { STAMP_FIELD, TRANSLATABLE } from './translatable.ts';

/** One parity problem, at a line of the translation. */
export interface ParityProblem {
  line: number;
  message: string;
}

/** The English and the translation of one entry, parsed. */
export interface ParityInput {
  collection: string;
  /** The English file, for messages: "content/pages/the-plan.mdx". */
  englishFile: string;
  english: Readonly<Record<string, unknown>>;
  translation: Readonly<Record<string, unknown>>;
  englishBlocks?: readonly Block[];
  translationBlocks?: readonly Block[];
  /** The line of a field of the translation ("summary", "quotes.2.text"); 1 when unknown. */
  lineOf: (path: string) => number;
}

const list = (items: readonly string[]) =>
  items.length === 0 ? 'none' : items.map((item) => `"${item}"`).join(', ');

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** What `a` has more of than `b`, counting repeats: (["1", "1", "2"], ["1"]) → ["1", "2"]. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const at = left.indexOf(item);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

const WHAT = {
  citations: ['citations', 'Copy the [@…] citations from the English exactly.'],
  badges: ['status badges', 'Keep the English [!…] badges, untranslated.'],
  links: ['link targets', 'Keep each link target as the English has it, such as /the-plan/.'],
  numbers: ['numbers', 'Write every number of the English in digits.'],
} as const;

/**
 * Compare what two versions of one block or field carry. Order is free, since a sentence may
 * be built in another order in another language; what is missing or added is not.
 */
function compareMarkers(
  where: string,
  english: Pick<Block, keyof typeof WHAT>,
  translation: Pick<Block, keyof typeof WHAT>,
  englishAt: string,
): string[] {
  const messages: string[] = [];
  for (const key of Object.keys(WHAT) as (keyof typeof WHAT)[]) {
    const missing = minus(english[key], translation[key]);
    const extra = minus(translation[key], english[key]);
    if (missing.length === 0 && extra.length === 0) continue;
    const [name, fix] = WHAT[key];
    const parts = [
      missing.length > 0 ? `lacks ${list(missing)}` : '',
      extra.length > 0 ? `has ${list(extra)} that the English does not` : '',
    ].filter(Boolean);
    messages.push(
      `${where}: its ${name} differ from the English (${englishAt}): it ${parts.join(' and ')}. ${fix}`,
    );
  }
  return messages;
}

const textMarkers = (text: string) => ({
  citations: [...text.matchAll(/\[@([^\]]+)\]/g)].map((m) => m[1]!.trim()),
  badges: [...text.matchAll(/\[!([a-z-]+)\]/g)].map((m) => m[1]!),
  links: [] as string[],
  numbers: numbersOf(text.replace(/\[@[^\]]+\]/g, '')),
});

function compareText(
  path: string,
  english: unknown,
  translation: unknown,
  input: ParityInput,
  problems: ParityProblem[],
): void {
  const line = input.lineOf(path);
  if (typeof english !== 'string') return;
  if (typeof translation !== 'string' || translation.trim() === '') {
    problems.push({
      line,
      message: `"${path}" is missing: the English (${input.englishFile}) has it. Translate it under the same name.`,
    });
    return;
  }
  for (const message of compareMarkers(
    `"${path}"`,
    textMarkers(english),
    textMarkers(translation),
    input.englishFile,
  )) {
    problems.push({ line, message });
  }
}

function compareBody(input: ParityInput, problems: ParityProblem[]): void {
  const english = input.englishBlocks ?? [];
  const translated = input.translationBlocks ?? [];
  const at = (block: Block) => `${input.englishFile}:${block.line}`;
  for (let i = 0; i < Math.max(english.length, translated.length); i++) {
    const en = english[i];
    const tr = translated[i];
    if (!en || !tr || en.kind !== tr.kind) {
      const line = tr?.line ?? translated.at(-1)?.line ?? 1;
      const expected = en ? `a ${en.kind} (${at(en)})` : 'nothing more';
      const found = tr ? `a ${tr.kind}` : 'nothing';
      problems.push({
        line,
        message: `block ${i + 1} is ${found} where the English has ${expected}. A translation has one block for each English heading, paragraph, list item, table row, diagram and component, in the same order.`,
      });
      return;
    }
    for (const message of compareMarkers(`${tr.kind} ${i + 1}`, en, tr, at(en))) {
      problems.push({ line: tr.line, message });
    }
  }
}

/** Every parity problem of one translation. */
export function parityProblems(input: ParityInput): ParityProblem[] {
  const spec = TRANSLATABLE[input.collection];
  if (!spec)
    return [{ line: 1, message: `the collection "${input.collection}" is not translated.` }];
  const problems: ParityProblem[] = [];
  const allowed = new Set([
    ...spec.fields,
    ...(spec.stringLists ?? []),
    ...Object.keys(spec.lists ?? {}),
    ...(spec.own ?? []),
    STAMP_FIELD,
  ]);
  for (const key of Object.keys(input.translation)) {
    if (allowed.has(key)) continue;
    problems.push({
      line: input.lineOf(key),
      message: `"${key}" is not translated: it comes from the English entry (${input.englishFile}). Remove it from the translation.`,
    });
  }
  for (const field of spec.fields) {
    compareText(field, input.english[field], input.translation[field], input, problems);
  }
  for (const field of spec.stringLists ?? []) {
    const en = input.english[field];
    const tr = input.translation[field];
    if (!Array.isArray(en) || en.length === 0) continue;
    if (!Array.isArray(tr) || tr.length !== en.length) {
      problems.push({
        line: input.lineOf(field),
        message: `"${field}" has ${Array.isArray(tr) ? tr.length : 0} items where the English has ${en.length}. Translate each item, in the same order.`,
      });
      continue;
    }
    en.forEach((item, i) => compareText(`${field}.${i + 1}`, item, tr[i], input, problems));
  }
  for (const [field, spec2] of Object.entries(spec.lists ?? {})) {
    const en = (input.english[field] ?? []) as Record<string, unknown>[];
    const tr = (input.translation[field] ?? []) as Record<string, unknown>[];
    const enKeys = en.map((item) => String(item[spec2.key]));
    const trKeys = Array.isArray(tr) ? tr.map((item) => String(item?.[spec2.key])) : [];
    if (!same(enKeys, trKeys)) {
      problems.push({
        line: input.lineOf(field),
        message: `"${field}" lists ${list(trKeys)} by "${spec2.key}" where the English has ${list(enKeys)}. Translate each item, in the English order, keeping its "${spec2.key}".`,
      });
      continue;
    }
    en.forEach((item, i) => {
      for (const sub of spec2.fields) {
        compareText(`${field}.${i + 1}.${sub}`, item[sub], tr[i]![sub], input, problems);
      }
    });
  }
  if (spec.body) compareBody(input, problems);
  return problems;
}
