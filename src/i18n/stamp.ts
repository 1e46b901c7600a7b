/**
 * Writing a translation's record of the English it was made from (`translation:` in its YAML or
 * frontmatter), keeping everything else in the file as the translator wrote it.
 */
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { Fingerprint } from './fingerprint.ts';
import { STAMP_FIELD } from './translatable.ts';

const COMMENT =
  ' The English this translation was made from. Written by `npm run translations -- --stamp`; do not edit.';

function stampYaml(yamlText: string, stamp: Fingerprint): string {
  const doc = parseDocument(yamlText);
  const parts = new YAMLMap();
  parts.flow = true;
  for (const [key, hash] of Object.entries(stamp.parts)) parts.set(key, hash);
  const record = new YAMLMap();
  record.set('hash', stamp.hash);
  record.set('parts', parts);
  if (stamp.body) {
    const body = new YAMLSeq();
    body.flow = true;
    for (const hash of stamp.body) body.add(hash);
    record.set('body', body);
  }
  doc.delete(STAMP_FIELD);
  doc.set(STAMP_FIELD, record);
  const pair = (doc.contents as YAMLMap).items.at(-1);
  if (pair && typeof pair.key === 'object' && pair.key !== null && 'commentBefore' in pair.key) {
    (pair.key as { commentBefore?: string }).commentBefore = COMMENT;
  }
  return doc.toString({ lineWidth: 100 });
}

/** A translation file's text with `stamp` recorded in it. `markdown`: the file has frontmatter. */
export function stampTranslation(text: string, stamp: Fingerprint, markdown: boolean): string {
  if (!markdown) return stampYaml(text, stamp);
  const match = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)/.exec(text);
  if (!match) return `---\n${stampYaml('', stamp)}---\n${text}`;
  return `---\n${stampYaml(match[1] ?? '', stamp)}---${match[2]}${text.slice(match[0].length)}`;
}
