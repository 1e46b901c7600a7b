/**
 * Pure helpers of `npm run bench`: medians, byte and time formatting, resource kinds and Markdown
 * tables. Kept here, apart from the browser and build code, so they are unit-tested.
 */

/** The kinds of resource the bench counts bytes for. */
export const RESOURCE_KINDS = ['html', 'css', 'js', 'svg', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The median of each numeric field over several runs of the same measurement: runs of
 * `{ fcp: 80, requests: 3 }` give one object with the median of each.
 */
export function medianOfRuns<T extends Record<string, number>>(runs: readonly T[]): T {
  const result: Record<string, number> = {};
  for (const key of Object.keys(runs[0] ?? {}))
    result[key] = median(runs.map((r) => r[key] ?? Number.NaN));
  return result as T;
}

/** A resource's kind from its MIME type, falling back to its URL's extension. */
export function resourceKind(mimeType: string, url: string): ResourceKind {
  const mime = mimeType.toLowerCase();
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (mime.includes('svg') || path.endsWith('.svg')) return 'svg';
  if (mime.includes('html') || path.endsWith('.html') || path.endsWith('/')) return 'html';
  if (mime.includes('css') || path.endsWith('.css')) return 'css';
  if (mime.includes('javascript') || mime.includes('ecmascript') || /\.m?js$/.test(path))
    return 'js';
  return 'other';
}

/** Bytes for people: `812 B`, `14.2 KB`, `3.41 MB`, `25.3 GB` (1 KB = 1,000 bytes, as budgets are written). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  if (bytes < 1e9) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  return `${(bytes / 1e9).toFixed(1)} GB`;
}

/** Milliseconds for people: `87 ms`, `12.4 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A Markdown table; `|` inside a cell is escaped so it cannot split the cell. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
