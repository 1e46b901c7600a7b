import { describe, expect, it } from 'vitest';
import {
  countWords,
  fillWords,
  localPath,
  SEARCH_WORDS,
  searchWordsFor,
} from '../../../src/search/client/words.ts';
import { dictionaryOf, t, tPlural } from '../../../src/i18n/dictionaries/index.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';

describe('the search UI’s words', () => {
  it('has every language, each equal to its dictionary’s search texts', () => {
    expect(Object.keys(SEARCH_WORDS).sort()).toEqual(LOCALES.map((l) => l.code).sort());
    for (const { code } of LOCALES) {
      const { page: _page, ...ui } = dictionaryOf(code).search;
      expect(SEARCH_WORDS[code]).toEqual(ui);
    }
  });

  it('counts and fills in as the dictionaries do', () => {
    for (const n of [1, 2, 5, 11, 21, 1234]) {
      expect(countWords(SEARCH_WORDS['uk']!.results, n, 'uk', { query: 'Київ' })).toBe(
        tPlural('uk', 'search.results', n, { query: 'Київ' }),
      );
      expect(countWords(SEARCH_WORDS['en']!.results, n, 'en-GB', { query: 'Kyiv' })).toBe(
        tPlural('en', 'search.results', n, { query: 'Kyiv' }),
      );
    }
    expect(fillWords(SEARCH_WORDS['uk']!.noWords, { query: 'x' })).toBe(
      t('uk', 'search.noWords', { query: 'x' }),
    );
  });

  it('picks the page’s language and keeps links in it', () => {
    expect(searchWordsFor('uk').more).toBe(t('uk', 'search.more'));
    expect(searchWordsFor('en-GB').more).toBe(t('en', 'search.more'));
    expect(localPath('/glossary/', 'uk')).toBe('/uk/glossary/');
    expect(localPath('/glossary/', 'en-GB')).toBe('/glossary/');
  });
});
