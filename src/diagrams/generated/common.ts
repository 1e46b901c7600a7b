/**
 * Shared pieces of the generated diagrams: the plain shapes of the entries they read, node ids
 * and wrapped, escaped labels. Pure.
 */
import { escapeLabel } from '../label.ts';
import type { Side, StatusWord } from '../../collections/schemas.ts';
import { t } from '../../i18n/dictionaries/index.ts';

/** The fields of an event the diagrams use (`content/events/<id>.yaml`). */
export interface EventInput {
  id: string;
  title: string;
  date: string;
  endDate?: string | undefined;
  precision: 'day' | 'week' | 'month';
  track: string;
  status: StatusWord;
}

/** The fields of an actor the diagrams use (`content/actors/<id>.yaml`). */
export interface ActorInput {
  id: string;
  name: string;
  side: Side;
  talksWith: readonly string[];
}

/** A mermaid node id from a content id: letters, digits and underscores, never a keyword like `end`. */
export function nodeId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^a-zA-Z0-9]+/g, '_')}`;
}

/** Breaks text into lines of about `width` characters, at spaces. */
export function wrapWords(text: string, width = 28): string[] {
  const lines: string[] = [];
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A quoted, escaped label whose lines are joined with mermaid's `<br>`. */
export function wrappedLabel(lines: string[]): string {
  return `"${lines.map(escapeLabel).join('<br>')}"`;
}

/**
 * The words added to an event that the sources do not confirm, in the language `code`:
 * " (unconfirmed)", " (не підтверджено)".
 */
export function statusNote(status: StatusWord, code = 'en'): string {
  return status === 'confirmed' || status === 'reported'
    ? ''
    : ` (${t(code, `status.${status}.label`)})`;
}

/** Text for an accTitle or accDescr line: one line, no mermaid comment marker. */
export function accText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/%%/g, '%').trim();
}
