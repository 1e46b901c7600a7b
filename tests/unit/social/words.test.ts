import { describe, expect, it } from 'vitest';
import { LANGS, SOCIAL_WORDS, formatDay, isLang } from '../../../src/social/words';

describe('formatDay', () => {
  it('writes the day as each language does', () => {
    expect(formatDay('2025-11-25', 'en')).toBe('25 November 2025');
    expect(formatDay('2025-11-25', 'uk')).toBe('25 листопада 2025 р.');
    expect(formatDay('2025-01-01', 'uk')).toBe('1 січня 2025 р.');
  });

  it('refuses what is not a YYYY-MM-DD day', () => {
    expect(() => formatDay('25/11/2025', 'en')).toThrow(/Not a YYYY-MM-DD date/);
  });
});

describe('SOCIAL_WORDS', () => {
  it('has the same words in every language, none empty', () => {
    const keys = Object.keys(SOCIAL_WORDS.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(SOCIAL_WORDS[lang]).sort()).toEqual(keys);
      for (const value of Object.values(SOCIAL_WORDS[lang].sections)) expect(value).not.toBe('');
    }
  });

  it('gives the date line of each language', () => {
    expect(SOCIAL_WORDS.en.asOf(formatDay('2025-11-25', 'en'))).toBe('As of 25 November 2025');
    expect(SOCIAL_WORDS.uk.asOf(formatDay('2025-11-25', 'uk'))).toBe(
      'Станом на 25 листопада 2025 р.',
    );
  });

  it('knows its languages', () => {
    expect(isLang('uk')).toBe(true);
    expect(isLang('ru')).toBe(false);
  });
});
