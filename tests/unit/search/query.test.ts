import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  MIN_STEM,
  PAUSE_MS,
  SHORT_WORD_PAUSE_MS,
  excerptParts,
  pauseFor,
  prepareQuery,
  stemForSearch,
  withHighlight,
} from '../../../src/search/query.ts';
import { stemUk } from '../../../src/search/client/stemmer-uk.ts';

describe('prepareQuery', () => {
  it('rewrites alternative spellings and reports it, highlighting every spelling', () => {
    expect(prepareQuery('Kiev strikes', { kiev: 'kyiv' })).toEqual({
      search: 'kyiv strikes',
      sent: 'kyiv strikes',
      terms: ['kyiv', 'strikes', 'kiev'],
      respelled: true,
    });
  });

  it.each([
    ['', ''],
    ['   ', ''],
    ['.*+?^${}()|[]\\', ''],
    ['<script>alert(1)</script>', 'script alert 1 script'],
    ['"Article 5"', 'article 5'],
    ["Ukraine's army", "ukraine's army"],
    ['🕊️ peace', 'peace'],
    ['Київ', 'київ'],
  ])('turns %j into the search %j', (raw, search) => {
    expect(prepareQuery(raw).search).toBe(search);
  });

  it('caps a very long query', () => {
    const { search } = prepareQuery('word '.repeat(2000));
    expect(search.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(search.startsWith('word word')).toBe(true);
  });
});

describe('stemForSearch, with the Ukrainian stemmer', () => {
  it.each([
    ['києві', 'києв'],
    ['києва', 'києв'],
    ['покровська', 'покровськ'],
    ['покровськ', 'покровськ'],
    ['заморожених', 'заморожен'],
    ['заморожені', 'заморожен'],
    ['активів', 'актив'],
    ['активи', 'актив'],
    ['зеленського', 'зеленськ'],
  ])('cuts %j to %j', (word, stem) => {
    expect(stemForSearch(word, stemUk)).toBe(stem);
  });

  it(`never cuts a word below ${MIN_STEM} letters`, () => {
    expect(stemUk('київ')).toBe('ки');
    expect(stemForSearch('київ', stemUk)).toBe('київ');
    expect(stemForSearch('женеві', stemUk)).toBe('жене');
    expect(stemForSearch('мир', stemUk)).toBe('мир');
  });

  it('leaves Latin words and numbers as typed', () => {
    expect(stemForSearch('kyiv', stemUk)).toBe('kyiv');
    expect(stemForSearch('28', stemUk)).toBe('28');
  });

  it('keeps only the part of the word the stemmer keeps, never letters it adds', () => {
    expect(stemForSearch('абвгде', () => 'абвгxyz')).toBe('абвг');
  });
});

describe('prepareQuery with a stemmer', () => {
  it('stems each word for Pagefind and says the words as respelled, not as stems', () => {
    expect(prepareQuery('Заморожених активів', {}, stemUk)).toEqual({
      search: 'заморожених активів',
      sent: 'заморожен актив',
      terms: ['заморожен', 'актив'],
      respelled: false,
    });
  });

  it('looks each word up in the spelling map by its stem, then sends the stem of the name', () => {
    const spellings = { києв: 'київ', kyiv: 'київ', zelensky: 'зеленський' };
    expect(prepareQuery('Києва', spellings, stemUk).sent).toBe('київ');
    expect(prepareQuery('Києву', spellings, stemUk).sent).toBe('київ');
    expect(prepareQuery('Kyiv', spellings, stemUk).sent).toBe('київ');
    expect(prepareQuery('Zelensky', spellings, stemUk)).toMatchObject({
      search: 'зеленський',
      sent: 'зеленськ',
      respelled: true,
    });
  });

  it('highlights the other forms of a name, so pages found by them are marked', () => {
    const spellings = { києв: 'київ', kyiv: 'київ' };
    expect(prepareQuery('Києві', spellings, stemUk).terms).toEqual(['київ', 'києв', 'kyiv']);
    expect(prepareQuery('Київ', spellings, stemUk)).toMatchObject({
      sent: 'київ',
      terms: ['київ', 'києв', 'kyiv'],
      respelled: false,
    });
  });

  it('without a stemmer sends the words as they are', () => {
    expect(prepareQuery('Києві').sent).toBe('києві');
  });
});

describe('withHighlight', () => {
  it('puts the parameters before the anchor', () => {
    expect(withHighlight('/timeline/#event-1', ['kyiv', 'strike'])).toBe(
      '/timeline/?pagefind-highlight=kyiv&pagefind-highlight=strike#event-1',
    );
  });

  it('adds to an existing query and encodes the words', () => {
    expect(withHighlight('/a/?x=1', ['київ'])).toBe(
      '/a/?x=1&pagefind-highlight=%D0%BA%D0%B8%D1%97%D0%B2',
    );
  });

  it('leaves the URL alone without terms', () => {
    expect(withHighlight('/a/#b', [])).toBe('/a/#b');
  });
});

describe('excerptParts', () => {
  it('splits marks from text and keeps markup in the text as text', () => {
    expect(excerptParts('a <b>x</b> <mark>Kyiv</mark> & 5 < 6 <mark>plan</mark>')).toEqual([
      { text: 'a <b>x</b> ', mark: false },
      { text: 'Kyiv', mark: true },
      { text: ' & 5 < 6 ', mark: false },
      { text: 'plan', mark: true },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('pauseFor', () => {
  it('waits longer while the last word is one or two letters', () => {
    expect(pauseFor('p', 1000)).toBe(SHORT_WORD_PAUSE_MS);
    expect(pauseFor('frozen as', 80)).toBe(SHORT_WORD_PAUSE_MS);
    expect(pauseFor('', 80)).toBe(SHORT_WORD_PAUSE_MS);
  });

  it('treats a number as a whole word', () => {
    expect(pauseFor('article 5', 80)).toBe(100);
  });

  it('waits least for text that arrives whole in the field’s first input', () => {
    expect(pauseFor('pokrovsk', undefined)).toBe(PAUSE_MS.min);
    expect(pauseFor('p', undefined)).toBe(SHORT_WORD_PAUSE_MS);
  });

  it('follows the reader’s pace within bounds', () => {
    expect(pauseFor('pok', 80)).toBe(100);
    expect(pauseFor('pok', 10)).toBe(PAUSE_MS.min);
    expect(pauseFor('pok', 500)).toBe(PAUSE_MS.max);
  });
});
