import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { SOCIAL_WORDS, asOfLine, langOfOgLocale, socialWords } from '../../../src/social/words.ts';
import { SHARE_WORDS, shareWordsFor } from '../../../src/social/client/words.ts';

describe('SOCIAL_WORDS', () => {
  it('has words for every language of src/i18n/locales.ts and no other, none empty', () => {
    const codes = LOCALES.map((l) => l.code).sort();
    expect(Object.keys(SOCIAL_WORDS).sort()).toEqual(codes);
    const keys = Object.keys(socialWords('en')).sort();
    for (const code of codes) {
      expect(Object.keys(socialWords(code)).sort()).toEqual(keys);
      for (const value of Object.values(socialWords(code).sections)) expect(value).not.toBe('');
    }
  });

  it('gives the date line of each language, dated by src/i18n/format.ts', () => {
    expect(asOfLine('2025-11-25', 'en')).toBe('As of 25 November 2025');
    expect(asOfLine('2025-11-25', 'uk')).toBe('Станом на 25 листопада 2025 р.');
    expect(asOfLine('2025-01-01', 'uk')).toBe('Станом на 1 січня 2025 р.');
    expect(() => asOfLine('25/11/2025', 'en')).toThrow(/Not a YYYY-MM-DD date/);
  });

  it('names the languages file for a language the site does not have', () => {
    expect(() => socialWords('ru')).toThrow(/Unknown language "ru".*src\/i18n\/locales\.ts/);
  });

  it('finds a language by its Open Graph locale', () => {
    expect(langOfOgLocale('en_GB')).toBe('en');
    expect(langOfOgLocale('uk_ua')).toBe('uk');
    expect(langOfOgLocale('ru_RU')).toBeUndefined();
  });
});

describe('the share control’s words', () => {
  it('has announcements for every language of src/i18n/locales.ts', () => {
    expect(Object.keys(SHARE_WORDS).sort()).toEqual(LOCALES.map((l) => l.code).sort());
  });

  it('finds them from each locale’s <html lang>, and English for another language', () => {
    for (const locale of LOCALES) {
      expect(shareWordsFor(locale.lang)).toBe(SHARE_WORDS[locale.code]);
    }
    expect(shareWordsFor('UK').copied).toBe('Посилання скопійовано.');
    expect(shareWordsFor('de-DE')).toBe(SHARE_WORDS['en']);
  });
});
