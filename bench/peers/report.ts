/**
 * The comparison with the peers as Markdown: one column per site, then one ratio column per
 * peer (this site's figure divided by the peer's: below 1 means this site needs less). Pure.
 */
import { formatBytes, formatMs, markdownTable } from '../stats.ts';

/** The figures of one site, by the row keys of COMPARISON_ROWS; missing ones print as n/a. */
export type SiteFigures = Record<string, number | undefined>;

/** One site's column. */
export interface SiteColumn {
  label: string;
  figures: SiteFigures;
  /** What this site does that the reader should know (how it draws diagrams, …). */
  note?: string;
}

/** How a row's figures print. */
export type RowKind = 'ms' | 'bytes' | 'shift' | 'count';

/** One row: its key in SiteFigures, its label, and how it prints. */
export interface RowSpec {
  key: string;
  label: string;
  kind: RowKind;
}

/** A figure as the report prints it. */
export function formatFigure(value: number | undefined, kind: RowKind): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  switch (kind) {
    case 'ms':
      return formatMs(value);
    case 'bytes':
      return formatBytes(value);
    case 'shift':
      return value.toFixed(3);
    case 'count':
      return String(Math.round(value));
  }
}

/**
 * This site's figure over a peer's, to two places: `0.48`. `n/a` when either is missing, and
 * `-` when both are zero (no layout shift on either side is no ratio, and no win or loss).
 */
export function formatRatio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined) return 'n/a';
  if (!Number.isFinite(ours) || !Number.isFinite(theirs)) return 'n/a';
  if (ours === 0 && theirs === 0) return '-';
  if (theirs === 0) return '∞';
  return (ours / theirs).toFixed(2);
}

/**
 * The table: this site's column first, then each peer's, then `this site / peer` for each peer.
 * Throws when there is no column, since a comparison of nothing is a mistake in the caller.
 */
export function comparisonTable(columns: readonly SiteColumn[], rows: readonly RowSpec[]): string {
  const [ours, ...peers] = columns;
  if (!ours) throw new Error('comparisonTable: no sites to compare.');
  const head = [
    '',
    ...columns.map((c) => c.label),
    ...peers.map((p) => `${ours.label} / ${p.label}`),
  ];
  const body = rows.map((row) => [
    row.label,
    ...columns.map((c) => formatFigure(c.figures[row.key], row.kind)),
    ...peers.map((p) => formatRatio(ours.figures[row.key], p.figures[row.key])),
  ]);
  return markdownTable(head, body);
}

/** The rows for a run at the given page counts (build rows per count, then pages and search). */
export function comparisonRows(scales: readonly number[]): RowSpec[] {
  const n = (total: number) => total.toLocaleString('en-GB');
  return [
    ...scales.flatMap((total): RowSpec[] => [
      { key: `build_${total}`, label: `cold build, ${n(total)} pages`, kind: 'ms' },
      {
        key: `memory_${total}`,
        label: `peak memory of the largest build process, ${n(total)} pages`,
        kind: 'bytes',
      },
      { key: `html_pages_${total}`, label: `HTML pages built, ${n(total)} pages`, kind: 'count' },
    ]),
    { key: 'text_bytes', label: 'text page: HTML + CSS + JS (gzip)', kind: 'bytes' },
    { key: 'text_html', label: 'text page: HTML (gzip)', kind: 'bytes' },
    { key: 'text_lcp', label: 'text page: largest contentful paint', kind: 'ms' },
    { key: 'text_cls', label: 'text page: cumulative layout shift', kind: 'shift' },
    { key: 'diagram_bytes', label: 'diagram page: HTML + CSS + JS (gzip)', kind: 'bytes' },
    { key: 'diagram_lcp', label: 'diagram page: largest contentful paint', kind: 'ms' },
    { key: 'diagram_cls', label: 'diagram page: cumulative layout shift', kind: 'shift' },
    ...scales.flatMap((total): RowSpec[] => [
      {
        key: `search_ms_${total}`,
        label: `first search, cold, typed at once: click to first result, ${n(total)} pages`,
        kind: 'ms',
      },
      {
        key: `search_bytes_${total}`,
        label: `first search, cold: bytes after the click (gzip), ${n(total)} pages`,
        kind: 'bytes',
      },
    ]),
  ];
}
