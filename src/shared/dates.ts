/** Formatting of the YYYY-MM-DD dates used throughout content/. All dates are UTC calendar days. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function parts(iso: string): { year: number; month: string; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day || month > 12) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return { year, month: MONTHS[month - 1] as string, day };
}

/** "2025-11-25" → "25 November 2025". */
export function formatDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${day} ${month} ${year}`;
}

/**
 * An event's date as precisely as it is known: a day, a range of days, a week ("week of
 * 17 November 2025") or a month ("November 2025").
 */
export function formatEventDate(
  date: string,
  endDate: string | undefined,
  precision: 'day' | 'week' | 'month',
): string {
  const start = parts(date);
  if (precision === 'month') {
    const end = endDate ? parts(endDate) : start;
    if (end.month === start.month && end.year === start.year) return `${start.month} ${start.year}`;
    return end.year === start.year
      ? `${start.month}–${end.month} ${end.year}`
      : `${start.month} ${start.year} – ${end.month} ${end.year}`;
  }
  if (precision === 'week') return `Week of ${formatDate(date)}`;
  if (!endDate || endDate === date) return formatDate(date);
  const end = parts(endDate);
  if (start.year === end.year && start.month === end.month) {
    return `${start.day}–${end.day} ${end.month} ${end.year}`;
  }
  return `${formatDate(date)} – ${formatDate(endDate)}`;
}
