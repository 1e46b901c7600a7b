/**
 * The fingerprint of an English entry: a short hash of each part a translator translates (each
 * text field, each list item, each block of the body) and one hash of them all. A translation
 * records the fingerprint of the English it was made from; when the English changes, comparing
 * the two says that the translation is stale and which parts changed. Content, not git history,
 * is compared, so this works on any clone, shallow or not.
 */
import { createHash } from 'node:crypto';
import type { Block } from './blocks.ts';
import { TRANSLATABLE } from './translatable.ts';

/** The recorded fingerprint: `translation:` in a translated file. */
export interface Fingerprint {
  /** One hash of every part: equal hashes mean the translation is up to date. */
  hash: string;
  /** A hash per text field or list item: "summary", "quotes.geneva.text", "relays.2". */
  parts: Record<string, string>;
  /** A hash per body block, in order. */
  body?: string[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A short hash of some text, blind to changes of white space and line wrapping. */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(normalise(text)).digest('hex').slice(0, length);
}

/** The translatable text of an English entry's data, part by part. */
export function translatableParts(
  collection: string,
  data: Readonly<Record<string, unknown>>,
): Map<string, string> {
  const spec = TRANSLATABLE[collection];
  const parts = new Map<string, string>();
  if (!spec) return parts;
  for (const field of spec.fields) {
    if (typeof data[field] === 'string') parts.set(field, data[field]);
  }
  for (const field of spec.stringLists ?? []) {
    const items = data[field];
    if (Array.isArray(items))
      items.forEach((item, i) => parts.set(`${field}.${i + 1}`, String(item)));
  }
  for (const [field, list] of Object.entries(spec.lists ?? {})) {
    const items = data[field];
    if (!Array.isArray(items)) continue;
    for (const item of items as Record<string, unknown>[]) {
      for (const sub of list.fields) {
        if (typeof item[sub] === 'string')
          parts.set(`${field}.${String(item[list.key])}.${sub}`, item[sub]);
      }
    }
  }
  return parts;
}

/** The fingerprint of an English entry from its data and, for pages, its body blocks. */
export function fingerprint(
  collection: string,
  data: Readonly<Record<string, unknown>>,
  blocks?: readonly Block[],
): Fingerprint {
  const parts: Record<string, string> = {};
  for (const [key, text] of translatableParts(collection, data)) parts[key] = shortHash(text);
  const body = blocks?.map((block) => shortHash(block.source));
  const all = [...Object.entries(parts).map(([k, v]) => `${k}=${v}`), ...(body ?? [])].join('\n');
  return { hash: shortHash(all, 12), parts, ...(body ? { body } : {}) };
}

/** One way in which the English has moved on since a translation was made. */
export interface Change {
  /** What changed, for a person: `field "summary"`, `heading 2 at line 12`. */
  what: string;
  /** The line in the English file, where it can be told. */
  line?: number;
}

/**
 * What changed in the English since `recorded` was taken: fields whose hash differs, fields added
 * or removed, and body blocks that are new or changed (a block whose hash the translation never
 * saw) or gone. Blocks are compared as a set, so inserting one paragraph names only that one.
 */
export function changesSince(
  recorded: Fingerprint,
  current: Fingerprint,
  blocks: readonly Block[] = [],
): Change[] {
  const changes: Change[] = [];
  const keys = new Set([...Object.keys(recorded.parts), ...Object.keys(current.parts)]);
  for (const key of keys) {
    const before = recorded.parts[key];
    const now = current.parts[key];
    if (before === now) continue;
    if (before === undefined) changes.push({ what: `field "${key}" was added` });
    else if (now === undefined) changes.push({ what: `field "${key}" was removed` });
    else changes.push({ what: `field "${key}" changed` });
  }
  const seen = new Set(recorded.body ?? []);
  const kept = new Set(current.body ?? []);
  (current.body ?? []).forEach((hash, i) => {
    if (seen.has(hash)) return;
    const block = blocks[i];
    changes.push({
      what: `${block?.kind ?? 'block'} ${i + 1} is new or changed`,
      ...(block ? { line: block.line } : {}),
    });
  });
  const gone = (recorded.body ?? []).filter((hash) => !kept.has(hash)).length;
  if (gone > 0 && changes.every((c) => !c.what.includes('new or changed'))) {
    changes.push({ what: `${gone} block${gone === 1 ? '' : 's'} removed from the body` });
  }
  return changes;
}
