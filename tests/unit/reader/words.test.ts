import { describe, expect, it } from 'vitest';
import { READER_WORDS, readerWordsFor } from '../../../src/reader/client/words.ts';
import { t } from '../../../src/i18n/dictionaries/index.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';

describe('the reader scripts’ words', () => {
  it('has the words of every language, equal to its dictionary', () => {
    expect(Object.keys(READER_WORDS).sort()).toEqual(LOCALES.map((l) => l.code).sort());
    for (const { code } of LOCALES) {
      expect(READER_WORDS[code]).toEqual({
        glossaryEntry: t(code, 'previews.glossaryEntry'),
        references: t(code, 'previews.references'),
        sourceFallback: t(code, 'previews.sourceFallback'),
        newUpdate: t(code, 'updates.new'),
      });
    }
  });

  it('picks the language from the page’s lang attribute', () => {
    expect(readerWordsFor('uk').newUpdate).toBe(t('uk', 'updates.new'));
    expect(readerWordsFor('en-GB').newUpdate).toBe(t('en', 'updates.new'));
    expect(readerWordsFor('fr').references).toBe(t('en', 'previews.references'));
  });
});
