import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, formatNumber, plural } from '../../../src/i18n/format.ts';

describe('dates and numbers in the reader’s language', () => {
  it('writes a day in English and in Ukrainian', () => {
    expect(formatDate('2025-11-25', 'en')).toBe('25 November 2025');
    expect(formatDate('2025-11-25', 'uk')).toBe('25 листопада 2025 р.');
  });

  it('writes ranges of days and of months without inventing days', () => {
    // Intl puts a narrow no-break space before "р." in a range.
    expect(formatEventDate('2025-11-24', '2025-11-25', 'day', 'uk', '')).toBe(
      '24–25 листопада 2025\u202fр.',
    );
    expect(formatEventDate('2025-11-01', undefined, 'month', 'en', '')).toBe('November 2025');
    expect(formatEventDate('2025-11-01', undefined, 'month', 'uk', '')).toBe('листопад 2025 р.');
  });

  it('writes a week with the language’s own pattern', () => {
    expect(formatEventDate('2025-11-17', undefined, 'week', 'en', 'Week of {date}')).toBe(
      'Week of 17 November 2025',
    );
  });

  it('groups digits as each language does', () => {
    expect(formatNumber(600000, 'en')).toBe('600,000');
    expect(formatNumber(600000, 'uk')).toBe('600\u00a0000');
  });

  it('picks the Ukrainian plural form for each count', () => {
    const forms = {
      one: '{n} джерело',
      few: '{n} джерела',
      many: '{n} джерел',
      other: '{n} джерела',
    };
    expect([1, 3, 5, 21].map((n) => plural(n, forms, 'uk'))).toEqual([
      '1 джерело',
      '3 джерела',
      '5 джерел',
      '21 джерело',
    ]);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => formatDate('25/11/2025', 'en')).toThrow('Not a YYYY-MM-DD date: "25/11/2025"');
  });
});
