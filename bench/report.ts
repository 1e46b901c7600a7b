/**
 * The bench's results as Markdown: pages side by side, search, build, and scale side by side.
 */
import { formatBytes, formatMs, markdownTable, RESOURCE_KINDS } from './stats.ts';
import type { BuildFigures } from './build.ts';
import type { LoadFigures } from './page-loads.ts';
import type { ModuleFigures, QueryFigures } from './search.ts';
import { phaseRows } from '../src/timings/index.ts';

export interface PageResult {
  kind: string;
  path: string;
  figures?: LoadFigures;
}

export interface SiteResult {
  label: string;
  contentPages: number;
  htmlPages: number;
  build: BuildFigures;
  indexBytes: number;
  indexFiles: number;
  search?: QueryFigures[] | undefined;
}

export interface BenchResults {
  when: string;
  environment: string;
  runs: number;
  cold: BuildFigures;
  warm: BuildFigures;
  /** A warm build after one page's text changed. */
  warmOneChange?: BuildFigures | undefined;
  pages: PageResult[];
  offline?: { bytes: number; files: number } | undefined;
  searchModule: ModuleFigures;
  /** The first search started cold on a loaded page (click, typed at once), as label and value. */
  coldSearch?: [string, string][];
  sites: SiteResult[];
  /** Whole sections added after the scale table (the comparison with the peers). */
  sections?: string[];
  notes: string[];
}

const both = (f: LoadFigures, kind: string) =>
  `${formatBytes(f[`raw_${kind}`] ?? Number.NaN)} / ${formatBytes(f[`gzip_${kind}`] ?? Number.NaN)}`;

function pagesTable(pages: PageResult[]): string {
  const head = ['', ...pages.map((p) => `${p.kind} \`${p.path}\``)];
  const row = (label: string, cell: (f: LoadFigures) => string) => [
    label,
    ...pages.map((p) => (p.figures ? cell(p.figures) : 'page not built')),
  ];
  return markdownTable(head, [
    row('requests', (f) => String(f['requests'])),
    ...RESOURCE_KINDS.map((kind) => row(`${kind.toUpperCase()} raw / gzip`, (f) => both(f, kind))),
    row('**total raw / gzip**', (f) => `**${both(f, 'total')}**`),
    row('first contentful paint', (f) => formatMs(f['fcp'] ?? Number.NaN)),
    row('largest contentful paint', (f) => formatMs(f['lcp'] ?? Number.NaN)),
    row('cumulative layout shift', (f) => (f['cls'] ?? Number.NaN).toFixed(3)),
  ]);
}

const mb = (bytes: number) => (bytes > 0 ? formatBytes(bytes) : 'n/a');

function searchCells(search: QueryFigures[] | undefined, index: number): [string, string] {
  const q = search?.[index];
  if (!q) return ['n/a', 'n/a'];
  return [
    `${formatMs(q.ms)}, ${q.results} results`,
    `${formatBytes(q.bytes)} in ${q.requests} requests`,
  ];
}

function scaleTable(sites: SiteResult[]): string {
  const head = ['', ...sites.map((s) => s.label)];
  const row = (label: string, cell: (s: SiteResult) => string) => [label, ...sites.map(cell)];
  const query = (i: number) => sites[0]?.search?.[i]?.query ?? '';
  return markdownTable(head, [
    row('content pages / built HTML pages', (s) => `${s.contentPages} / ${s.htmlPages}`),
    row('build time (cold)', (s) => formatMs(s.build.ms)),
    row(
      'build peak memory: largest process / all processes',
      (s) => `${mb(s.build.peakProcessBytes)} / ${mb(s.build.peakTreeBytes)}`,
    ),
    row(
      'search index (dist/pagefind): bytes, files',
      (s) => `${formatBytes(s.indexBytes)}, ${s.indexFiles}`,
    ),
    row(`1st search "${query(0)}": time, results`, (s) => searchCells(s.search, 0)[0]),
    row(`1st search "${query(0)}": bytes (gzip)`, (s) => searchCells(s.search, 0)[1]),
    row(`2nd search "${query(1)}": time, results`, (s) => searchCells(s.search, 1)[0]),
    row(`2nd search "${query(1)}": bytes (gzip)`, (s) => searchCells(s.search, 1)[1]),
  ]);
}

/**
 * Where each build's time went, phase by phase, side by side for every size of site: the time,
 * and per HTML page built, so what grows with the pages shows.
 */
export function phasesTable(sites: SiteResult[]): string | undefined {
  const measured = sites.filter((s) => s.build.timings);
  if (measured.length === 0) return undefined;
  const rows = new Map<string, (string | undefined)[]>();
  measured.forEach((site, column) => {
    for (const row of phaseRows(site.build.timings!)) {
      const label = row.partOf ? `${row.partOf}: ${row.phase}` : row.phase;
      const cells = rows.get(label) ?? measured.map(() => undefined);
      const perPage = site.htmlPages > 0 ? row.ms / site.htmlPages : Number.NaN;
      cells[column] = `${formatMs(row.ms)} (${perPage.toFixed(1)} ms/page)`;
      rows.set(label, cells);
    }
  });
  return markdownTable(
    ['phase', ...measured.map((s) => `${s.label} (${s.htmlPages} HTML pages)`)],
    [...rows].map(([label, cells]) => [label, ...cells.map((c) => c ?? '-')]),
  );
}

/** The whole report. */
export function renderReport(r: BenchResults): string {
  const build = markdownTable(
    ['build', 'time', 'peak memory, largest process', 'peak memory, all processes'],
    [
      [
        'cold (no .astro/, dist/ or diagram cache)',
        formatMs(r.cold.ms),
        mb(r.cold.peakProcessBytes),
        mb(r.cold.peakTreeBytes),
      ],
      [
        'warm (second build, caches kept)',
        formatMs(r.warm.ms),
        mb(r.warm.peakProcessBytes),
        mb(r.warm.peakTreeBytes),
      ],
      ...(r.warmOneChange
        ? [
            [
              `warm, one page's text changed (${(r.warmOneChange.ms / r.cold.ms).toFixed(2)}× the cold build)`,
              formatMs(r.warmOneChange.ms),
              mb(r.warmOneChange.peakProcessBytes),
              mb(r.warmOneChange.peakTreeBytes),
            ],
          ]
        : []),
    ],
  );
  const phases = phasesTable(r.sites);
  const searchUi = r.searchModule.ok
    ? markdownTable(['search (UI)', 'value'], r.searchModule.rows)
    : `Search UI figures: none (${r.searchModule.note}).`;
  const offline = r.offline
    ? `After a first visit, the offline service worker downloads ${formatBytes(r.offline.bytes)} (gzip) in ${r.offline.files} files in the background (not counted above).`
    : 'No service worker registered on the home page.';
  return [
    `# Bench: ${r.when}`,
    '',
    `${r.environment}. Pages: median of ${r.runs} cold loads each (new browser context, HTTP cache off, service workers blocked), served with gzip on 127.0.0.1, 1280×800.`,
    '',
    '## Pages',
    '',
    pagesTable(r.pages),
    '',
    offline,
    '',
    '## Search',
    '',
    searchUi,
    '',
    ...(r.coldSearch?.length
      ? [markdownTable(['search, cold (typed at once)', 'value'], r.coldSearch), '']
      : []),
    '## Build',
    '',
    build,
    '',
    '## Scale (Pagefind API searches, no UI)',
    '',
    scaleTable(r.sites),
    ...(phases
      ? [
          '',
          "## Where the build's time goes (cold builds)",
          '',
          'Recorded by the build itself (src/timings/). Markdown plugins run inside the content layer and the Vite bundle; their times are parts of those, summed over files that may be processed at the same time.',
          '',
          phases,
        ]
      : []),
    ...(r.sections ?? []).flatMap((section) => ['', section]),
    ...(r.notes.length ? ['', '## Notes', '', ...r.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}
