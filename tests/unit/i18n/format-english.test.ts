import { describe, expect, it } from 'vitest';
import { formatDate as format, formatEventDate as formatEvent } from '../../../src/i18n/format.ts';

// The English edition's dates, as every component writes them through Intl.
const formatDate = (iso: string) => format(iso, 'en');
const formatEventDate = (
  date: string,
  end: string | undefined,
  precision: 'day' | 'week' | 'month',
) => formatEvent(date, end, precision, 'en', 'Week of {date}');

describe('formatDate', () => {
  it('writes a day in British order', () => {
    expect(formatDate('2025-11-25')).toBe('25 November 2025');
    expect(formatDate('2025-08-05')).toBe('5 August 2025');
  });

  it('refuses a string that is not a date', () => {
    expect(() => formatDate('25/11/2025')).toThrow('Not a YYYY-MM-DD date');
  });
});

describe('formatEventDate', () => {
  it('shows a single day', () => {
    expect(formatEventDate('2025-11-23', undefined, 'day')).toBe('23 November 2025');
  });

  it('shows a range of days within a month compactly', () => {
    expect(formatEventDate('2025-11-22', '2025-11-23', 'day')).toBe('22–23 November 2025');
  });

  it('shows a range across months in full', () => {
    expect(formatEventDate('2025-10-22', '2025-11-21', 'day')).toBe(
      '22 October – 21 November 2025',
    );
    expect(formatEventDate('2024-12-30', '2025-01-02', 'day')).toBe(
      '30 December 2024 – 2 January 2025',
    );
  });

  it('shows a week or a month as such, never a false exact day', () => {
    expect(formatEventDate('2025-11-17', '2025-11-21', 'week')).toBe('Week of 17 November 2025');
    expect(formatEventDate('2025-11-01', undefined, 'month')).toBe('November 2025');
  });

  it('shows a span of months without inventing days', () => {
    expect(formatEventDate('2025-01-01', '2025-10-31', 'month')).toBe('January – October 2025');
    expect(formatEventDate('2024-12-01', '2025-01-31', 'month')).toBe(
      'December 2024 – January 2025',
    );
  });
});
