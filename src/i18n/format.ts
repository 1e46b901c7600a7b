/**
 * Dates, numbers and counts in the reader's language, through `Intl`. Content dates are UTC
 * calendar days written YYYY-MM-DD.
 */
import { localeOf } from './locales.ts';

/** How precisely an event's date is known. */
export type DatePrecision = 'day' | 'week' | 'month';

function utc(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (!year || !month || !day || month > 12 || day > 31) {
    throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  }
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * One formatter per language and kind, made on first use: making an `Intl` formatter costs far
 * more than using one, and every page formats dozens of dates.
 */
function cached<T>(make: (lang: string) => T): (code: string) => T {
  const made = new Map<string, T>();
  return (code) => {
    let formatter = made.get(code);
    if (!formatter) made.set(code, (formatter = make(localeOf(code).lang)));
    return formatter;
  };
}

const dayFormat = cached(
  (lang) =>
    new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const monthFormat = cached(
  (lang) => new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const numberFormat = cached((lang) => new Intl.NumberFormat(lang));
const pluralRules = cached((lang) => new Intl.PluralRules(lang));

/** "2025-11-25" → "25 November 2025" (en), "25 листопада 2025 р." (uk). */
export function formatDate(iso: string, code: string): string {
  return dayFormat(code).format(utc(iso));
}

/**
 * An event's date as precisely as it is known: a day or a range of days, a week (written with
 * the language's "week of" pattern, `{date}` standing for the first day) or a month or months.
 */
export function formatEventDate(
  date: string,
  endDate: string | undefined,
  precision: DatePrecision,
  code: string,
  weekOf: string,
): string {
  if (precision === 'week') return weekOf.replace('{date}', formatDate(date, code));
  const format = precision === 'month' ? monthFormat(code) : dayFormat(code);
  if (!endDate || endDate === date) return format.format(utc(date));
  // Intl sets some range dashes between thin spaces and others between plain ones: plain always.
  return format.formatRange(utc(date), utc(endDate)).replaceAll('\u2009', ' ');
}

/** 600000 → "600,000" (en), "600 000" (uk). */
export function formatNumber(value: number, code: string): string {
  return numberFormat(code).format(value);
}

/** The plural forms of a counted phrase, `{n}` standing for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A count with the right plural form: (5, { one: '{n} min', other: '{n} min' }) → "5 min". */
export function plural(count: number, forms: PluralForms, code: string): string {
  const rule = pluralRules(code).select(count);
  return (forms[rule] ?? forms.other).replace('{n}', formatNumber(count, code));
}
