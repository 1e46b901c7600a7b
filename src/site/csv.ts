/** CSV for the data downloads, following RFC 4180 so spreadsheets open it as-is. */

/** A cell value: lists are joined with "; ", missing values become empty cells. */
export type Cell = string | number | boolean | readonly string[] | undefined | null;

function quote(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  // Cells that a spreadsheet would run as a formula are prefixed with an apostrophe; a plain
  // number such as -5 or +1.5 is a number to a spreadsheet, not a formula, and stays as it is.
  const formula = /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(?:\.\d+)?$/.test(text);
  const safe = formula ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text with a header line, CRLF line ends, in the given column order. */
export function toCsv<T extends Record<string, Cell>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  const lines = [columns.map((c) => quote(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
