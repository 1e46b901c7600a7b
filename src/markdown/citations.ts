/**
 * Pure helpers for the two inline markers contributors write in prose:
 * Pandoc-style citations (`[@id]`, `[@id, citing NBC News]`, `[@a; @b]`) and status badges
 * (`[!unconfirmed]`). The remark plugins and the content check both use these, so the build and
 * `npm run check` agree on what counts as a citation.
 */
import { ID_PATTERN } from '../shared/vocabulary.ts';
import { didYouMean } from '../shared/suggest.ts';
import { STATUS_WORDS, StatusSchema, type StatusWord } from '../collections/schemas.ts';
import { t } from '../i18n/dictionaries/index.ts';

/** One cited source inside a citation: `@id` plus an optional note such as "citing NBC News". */
export interface CitationItem {
  id: string;
  /** The text after the comma, e.g. "citing NBC News". */
  note?: string;
}

/** A citation or badge found in a string, with where it starts and ends in that string. */
export interface Found<T> {
  /** The whole marker as written, e.g. "[@a; @b]". */
  raw: string;
  start: number;
  end: number;
  value: T;
}

/** A citation marker: either its items, or why it is malformed. */
export type CitationMatch = Found<{ items: CitationItem[] } | { error: string }>;

// `[@` up to the next `]` on the same line; the inside is parsed separately so that a malformed
// citation gets a precise message instead of being silently left as text.
const CITATION_PATTERN = /\[@[^\]\n]*\]/g;
// `[!word]`: a word of letters, digits or hyphens (so `[!NOTE]` and typos are caught too).
const BADGE_PATTERN = /\[!([A-Za-z0-9-]*)\]/g;

/** The forms a citation may take, for error messages. */
export const CITATION_FORMS = '[@source-id], [@source-id, citing Outlet] or [@source-a; @source-b]';

/**
 * Parse what is between the brackets of a citation (`@a, citing X; @b`).
 * Returns the items, or an error message saying what is wrong.
 */
export function parseCitation(inner: string): { items: CitationItem[] } | { error: string } {
  const items: CitationItem[] = [];
  for (const part of inner.split(';')) {
    const match = /^\s*@([^\s,;]*)\s*(?:,\s*(.*?))?\s*$/.exec(part);
    const id = match?.[1];
    if (!match || id === undefined || id === '') {
      return { error: `each source starts with @ and its id; write ${CITATION_FORMS}` };
    }
    if (!ID_PATTERN.test(id)) {
      return {
        error: `"${id}" is not a source id: ids use lower-case letters, digits and hyphens`,
      };
    }
    const note = match[2]?.trim();
    items.push(note ? { id, note } : { id });
  }
  return { items };
}

/** Every citation marker in a string, in order. */
export function findCitations(text: string): CitationMatch[] {
  return [...text.matchAll(CITATION_PATTERN)].map((m) => ({
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: parseCitation(m[0].slice(1, -1)),
  }));
}

/** Every status badge in a string, in order, with its word (which may be unknown). */
export function findBadges(text: string): Found<string>[] {
  return [...text.matchAll(BADGE_PATTERN)].map((m) => ({
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: m[1] ?? '',
  }));
}

/**
 * The accessible name of a status badge's link. It starts with the visible word's context and
 * contains the word itself, so speech-input users can say what they see.
 */
export function statusLabel(word: StatusWord, code: string): string {
  return t(code, 'status.badgeLabel', { word: statusWord(word, code) });
}

/** The visible status word in the language `code`: "reported", «повідомляється». */
export function statusWord(word: StatusWord, code: string): string {
  return t(code, `status.${word}.label`);
}

/** What a status word means, in the language `code` (the legend on "Sources and method"). */
export function statusMeaning(word: StatusWord, code: string): string {
  return t(code, `status.${word}.meaning`);
}

/** Whether a word is one of the five status words. */
export function isStatusWord(word: string): word is StatusWord {
  return (STATUS_WORDS as readonly string[]).includes(word);
}

/** The line (1-based, counted from `firstLine`) of an offset inside a string. */
export function lineAt(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * The message for a citation of a source id that is not a file in content/sources/.
 * `sourcesDir` is that folder as contributors see it.
 */
export function unknownSourceMessage(
  id: string,
  raw: string,
  known: Iterable<string>,
  sourcesDir = 'content/sources/',
): string {
  return (
    `unknown source "${id}" in citation ${raw}. Sources are the files in ${sourcesDir}; ` +
    `cite one by its file name without .yaml${didYouMean(id, known) || '.'}`
  );
}

/** The message for a citation whose inside cannot be read. */
export function malformedCitationMessage(raw: string, error: string): string {
  return `malformed citation ${raw}: ${error}.`;
}

/** The message for a status badge whose word is not a status word (reusing the schema's rule). */
export function unknownBadgeMessage(word: string, raw: string): string {
  const rule = StatusSchema.safeParse(word).error?.issues[0]?.message ?? '';
  return `unknown status word "${word}" in badge ${raw}${didYouMean(word, STATUS_WORDS)}. ${rule}`;
}
