import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/dictionaries/en.ts';
import { uk } from '../../../src/i18n/dictionaries/uk.ts';
import {
  DICTIONARIES,
  dictionaryOf,
  dictionaryProblems,
  idKey,
  keyLines,
  placeholdersOf,
  t,
  templateParts,
  tPlural,
} from '../../../src/i18n/dictionaries/index.ts';
import { formatDate, formatEventDate } from '../../../src/i18n/format.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { SIDES, STATUS_WORDS, TOPICS } from '../../../src/shared/vocabulary.ts';

/** Every entry of a dictionary by dot path: texts, and plural entries as their forms. */
function leaves(tree: object, prefix = ''): Map<string, string | Record<string, string>> {
  const found = new Map<string, string | Record<string, string>>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if ('other' in value && Object.values(value).every((v) => typeof v === 'string'))
      found.set(path, value as Record<string, string>);
    else for (const [p, v] of leaves(value as object, path)) found.set(p, v);
  }
  return found;
}

const enLeaves = leaves(en);
const ukLeaves = leaves(uk);

describe('the English and Ukrainian dictionaries', () => {
  it('have the same keys', () => {
    expect([...ukLeaves.keys()].filter((key) => !enLeaves.has(key))).toEqual([]);
    expect([...enLeaves.keys()].filter((key) => !ukLeaves.has(key))).toEqual([]);
    expect(enLeaves.size).toBeGreaterThan(150);
  });

  it('use the same placeholders, key by key and form by form', () => {
    for (const [key, english] of enLeaves) {
      const want = placeholdersOf(typeof english === 'string' ? english : english.other!);
      const ukrainian = ukLeaves.get(key)!;
      const texts = typeof ukrainian === 'string' ? [ukrainian] : Object.values(ukrainian);
      for (const text of texts)
        expect({ key, placeholders: placeholdersOf(text) }).toEqual({ key, placeholders: want });
    }
  });

  it('have no problems for the check to report, in either language', () => {
    expect(dictionaryProblems(en, uk, 'uk')).toEqual([]);
    expect(dictionaryProblems(en, en, 'en')).toEqual([]);
  });

  it('has a dictionary for every language of the site, and none for others', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual(LOCALES.map((l) => l.code).sort());
    expect(() => dictionaryOf('xx')).toThrow('src/i18n/dictionaries/xx.ts');
  });

  it('has a text for every status word, side and topic of the data', () => {
    for (const dictionary of [en, uk]) {
      const statuses = dictionary.status as Record<string, unknown>;
      const sides = dictionary.sides as Record<string, unknown>;
      const topics = dictionary.topics as Record<string, unknown>;
      expect(STATUS_WORDS.filter((word) => !statuses[word])).toEqual([]);
      expect(SIDES.filter((side) => !sides[idKey(side)])).toEqual([]);
      expect(TOPICS.filter((topic) => !topics[idKey(topic)])).toEqual([]);
    }
  });

  it('never puts a full stop after a Ukrainian date, which ends with «р.» already', () => {
    const doubled = [...ukLeaves]
      .flatMap(([key, value]) =>
        typeof value === 'string'
          ? [[key, value]]
          : Object.entries(value).map(([form, text]) => [`${key}.${form}`, text]),
      )
      .filter(([, text]) => /\{(date|first|last|from|to)\}\./.test(text!))
      .map(([key]) => key);
    expect(doubled).toEqual([]);
  });

  it('writes the status words in Ukrainian', () => {
    expect(STATUS_WORDS.map((word) => t('uk', `status.${word}.label`))).toEqual([
      'підтверджено',
      'повідомляється',
      'не підтверджено',
      'оскаржується',
      'невідомо',
    ]);
  });
});

describe('t()', () => {
  it('fills placeholders, writing numbers as the language does', () => {
    expect(t('uk', 'asOf.notice', { date: formatDate('2025-11-25', 'uk') })).toBe(
      'Станом на 25 листопада 2025 р.',
    );
    expect(t('en', 'asOf.notice', { date: formatDate('2025-11-25', 'en') })).toBe(
      'As of 25 November 2025.',
    );
    expect(formatEventDate('2025-11-17', undefined, 'week', 'uk', t('uk', 'dates.weekOf'))).toBe(
      'Тиждень з 17 листопада 2025 р.',
    );
    expect(t('en', 'tracker.noneMatch', { total: 1200 })).toBe(
      'No provision matches these filters (1,200 in all).',
    );
    expect(t('uk', 'tracker.noneMatch', { total: 1200 })).toBe(
      'Жоден пункт не відповідає цим фільтрам (усього пунктів: 1\u00a0200).',
    );
  });

  it('leaves markup placeholders for the component, split by templateParts', () => {
    const text = t('en', 'asOf.detail');
    expect(text).toContain('{link}');
    expect(templateParts(text)).toEqual([
      'This explainer describes the talks as they stood on that day, from the reports listed in ',
      { placeholder: 'link' },
      '. It does not cover later events.',
    ]);
    expect(templateParts('{a} and {b}')).toEqual([
      { placeholder: 'a' },
      ' and ',
      { placeholder: 'b' },
    ]);
  });

  it('accepts only keys of the dictionary, and only texts', () => {
    // @ts-expect-error: not a key of the dictionary.
    expect(() => t('en', 'search.noSuchKey')).toThrow('"search.noSuchKey" is not a text');
    // @ts-expect-error: a plural entry is read with tPlural().
    expect(() => t('en', 'pageMeta.readingTime')).toThrow('is not a text');
    // @ts-expect-error: "date" is not a placeholder of this text.
    t('en', 'search.noWords', { date: 'x' });
  });
});

describe('tPlural()', () => {
  it('picks the Ukrainian form for 1, 2, 5, 11 and 21', () => {
    const results = (n: number) => tPlural('uk', 'search.results', n, { query: 'Київ' });
    expect(results(1)).toBe('1 результат за запитом «Київ».');
    expect(results(2)).toBe('2 результати за запитом «Київ».');
    expect(results(5)).toBe('5 результатів за запитом «Київ».');
    expect(results(11)).toBe('11 результатів за запитом «Київ».');
    expect(results(21)).toBe('21 результат за запитом «Київ».');
  });

  it('writes English counts and reading time', () => {
    expect(tPlural('en', 'search.results', 1, { query: 'Kyiv' })).toBe('1 result for “Kyiv”.');
    expect(tPlural('en', 'tracker.showingSome', 12, { shown: 3 })).toBe(
      'Showing 3 of 12 provisions.',
    );
    expect(tPlural('uk', 'pageMeta.readingTime', 5)).toBe('5 хв читання');
    // @ts-expect-error: a text is read with t().
    expect(() => tPlural('en', 'search.noResults', 2)).toThrow('is not a plural entry');
  });
});

describe('dictionaryProblems()', () => {
  const reference = {
    search: { noResults: 'No results for “{query}”.', close: 'Close' },
    count: { one: '{n} result', other: '{n} results' },
  };

  it('names a missing key, an extra key and a wrong kind by dot path', () => {
    const translation = {
      search: { close: 'Закрити', open: 'Відкрити' },
      count: '{n} результатів',
    };
    expect(dictionaryProblems(reference, translation, 'uk')).toEqual([
      'src/i18n/dictionaries/uk.ts: missing key "search.noResults": add it with its Ukrainian text.',
      'src/i18n/dictionaries/uk.ts: extra key "search.open": the English dictionary (src/i18n/dictionaries/en.ts) has no such key. Remove it, or add it to the English first.',
      'src/i18n/dictionaries/uk.ts: "count" is a text where the English has a plural entry ({ one, …, other }): make it a plural entry ({ one, …, other }).',
    ]);
  });

  it('names missing plural forms, other placeholders and empty texts', () => {
    const translation = {
      search: { noResults: 'За запитом «{q}» нічого не знайдено.', close: ' ' },
      count: { one: '{n} результат', other: '{n} результату' },
    };
    expect(dictionaryProblems(reference, translation, 'uk')).toEqual([
      'src/i18n/dictionaries/uk.ts: "search.noResults" has the placeholders {q} where the English has {query}: use the English names, which the site fills in.',
      'src/i18n/dictionaries/uk.ts: "search.close" is empty: write its Ukrainian text.',
      'src/i18n/dictionaries/uk.ts: plural entry "count" lacks the forms "few", "many" that Ukrainian uses (one, few, many, other): add them.',
    ]);
  });

  it('names the line when given the file’s text', () => {
    const source = [
      'export const uk = {',
      '  search: {',
      "    close: 'Закрити',",
      '  },',
      "  count: { one: '{n} результат', few: '{n} результати', many: '{n} результатів', other: '{n} результату' },",
      '} as const;',
    ].join('\n');
    const translation = {
      search: { close: 'Закрити' },
      count: {
        one: '{n} результат',
        few: '{n} результати',
        many: '{n} результатів',
        other: '{n} результату',
      },
    };
    expect(dictionaryProblems(reference, translation, 'uk', { source })).toEqual([
      'src/i18n/dictionaries/uk.ts:2: missing key "search.noResults": add it with its Ukrainian text.',
    ]);
  });

  it('reads the lines of the real dictionaries', () => {
    const lines = keyLines(readFileSync('src/i18n/dictionaries/uk.ts', 'utf8'));
    expect([...enLeaves.keys()].filter((key) => !lines.has(key))).toEqual([]);
    const text = readFileSync('src/i18n/dictionaries/uk.ts', 'utf8').split('\n');
    expect(text[lines.get('search.noResults')! - 1]).toMatch(/^\s+noResults:/);
  });
});

describe('idKey()', () => {
  it('turns content ids into dictionary keys', () => {
    expect(idKey('united-states')).toBe('unitedStates');
    expect(idKey('army-size')).toBe('armySize');
    expect(idKey('nato')).toBe('nato');
  });
});
