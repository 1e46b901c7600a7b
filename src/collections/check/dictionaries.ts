/**
 * The interface dictionaries in the content check: every language's dictionary against the
 * English one (src/i18n/dictionaries/), so a missing or extra key fails `npm run check` with the
 * file, line and key.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DICTIONARIES, dictionaryProblems } from '../../i18n/dictionaries/index.ts';
import { SOURCE_LOCALE, TRANSLATION_CODES } from '../../i18n/locales.ts';
import type { Problem } from '../problems.ts';

const FOLDER = new URL('../../i18n/dictionaries/', import.meta.url);

/** A "file:line: message" (or "file: message") of dictionaryProblems() as a Problem. */
export function asProblem(text: string): Problem {
  const match = /^(.+?\.ts)(?::(\d+))?: (.*)$/s.exec(text);
  if (!match) return { file: 'src/i18n/dictionaries/index.ts', line: 1, message: text };
  return { file: match[1]!, line: Number(match[2] ?? 1), message: match[3]! };
}

/**
 * The problems of every translated language's dictionary (src/i18n/locales.ts), or of its
 * absence, compared with the source language's.
 */
export function dictionaryCheck(): Problem[] {
  const reference = DICTIONARIES[SOURCE_LOCALE.code];
  return TRANSLATION_CODES.flatMap((code) => {
    const file = `src/i18n/dictionaries/${code}.ts`;
    const dictionary = DICTIONARIES[code];
    if (!dictionary) {
      return [
        {
          file,
          line: 1,
          message: `the language "${code}" (src/i18n/locales.ts) has no interface dictionary. Write this file with the keys of en.ts and list it in DICTIONARIES (src/i18n/dictionaries/index.ts).`,
        },
      ];
    }
    let source: string | undefined;
    try {
      source = readFileSync(fileURLToPath(new URL(`${code}.ts`, FOLDER)), 'utf8');
    } catch {
      source = undefined; // Messages then name the key without its line.
    }
    return dictionaryProblems(reference, dictionary, code, {
      file,
      ...(source ? { source } : {}),
    }).map(asProblem);
  });
}
