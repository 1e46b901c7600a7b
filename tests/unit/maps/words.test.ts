/**
 * The maps' words live in the interface dictionaries, so the dictionary check holds them to the
 * English key for key, like every other interface text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DICTIONARIES,
  dictionaryProblems,
  keyLines,
} from '../../../src/i18n/dictionaries/index.ts';
import { en } from '../../../src/i18n/dictionaries/en.ts';
import { uk } from '../../../src/i18n/dictionaries/uk.ts';
import { MAP_SPECS, type MapKind } from '../../../src/maps/index.ts';
import { describeMap, listOf } from '../../../src/maps/words.ts';

const KINDS = Object.keys(MAP_SPECS) as MapKind[];

describe('the maps’ words', () => {
  it('are in every dictionary, for every map, each description naming its places', () => {
    for (const [code, dictionary] of Object.entries(DICTIONARIES)) {
      for (const kind of KINDS) {
        expect(dictionary.maps[kind].title, `${code} ${kind}`).not.toBe('');
        expect(dictionary.maps[kind].description, `${code} ${kind}`).toContain('{places}');
      }
    }
  });

  it('fail the dictionary check when a language lacks one, naming the key and its line', () => {
    const { title: _title, ...talks } = uk.maps.talks;
    const full = readFileSync('src/i18n/dictionaries/uk.ts', 'utf8');
    const title = `      title:\n        '${uk.maps.talks.title}',\n`;
    expect(full).toContain(title);
    const source = full.replace(title, '');
    const problems = dictionaryProblems(en, { ...uk, maps: { ...uk.maps, talks } }, 'uk', {
      source,
    });
    // Reported where the key goes: at the line of its group, maps.talks.
    const line = keyLines(source).get('maps.talks');
    expect(problems).toEqual([
      `src/i18n/dictionaries/uk.ts:${line}: missing key "maps.talks.title": add it with its Ukrainian text.`,
    ]);
  });

  it('fill in the places as written, whatever characters their names have', () => {
    expect(describeMap({ title: 'T', description: 'Marks {places}.' }, 'A $& B')).toBe(
      'Marks A $& B.',
    );
    expect(listOf(['Київ', 'Покровськ', 'Новоросійськ'], 'uk')).toBe(
      'Київ, Покровськ і Новоросійськ',
    );
  });
});
