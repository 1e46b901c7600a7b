/**
 * `npm run bench -- --peers`: this site next to Starlight and VitePress, built from the same
 * generated pages and measured by the same code, one site after the other at each page count:
 *
 * - cold build time and the peak memory of the largest process of the build (bench/build.ts:
 *   GNU time's "Maximum resident set size" when /usr/bin/time exists, else /proc polled every
 *   100 ms);
 * - a text page and a page with a diagram, cold in Chromium (bench/page-loads.ts): bytes
 *   of HTML, CSS and JS as sent (gzip), largest contentful paint, cumulative layout shift;
 * - the first search, cold, typed at once (first-search.ts), each site's own search UI.
 *
 * At each page count this site is built again, right before the peers, so the three builds run
 * back to back on the same machine under the same load.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { builtPages } from '../../support/pages.ts';
import { serveDist } from '../../support/static-server.ts';
import { timedBuild, type BuildFigures } from '../build.ts';
import { measurePage, type LoadFigures } from '../page-loads.ts';
import { copyProject, multiplyPages, removeTemp, tempFolder } from '../project-copy.ts';
import { coldFirstSearch, COLD_QUERY, SEARCH_DRIVERS, type SearchDriver } from './first-search.ts';
import { installPeer, peerEnv, preparePeer } from './projects.ts';
import { comparisonRows, comparisonTable, type SiteColumn, type SiteFigures } from './report.ts';
import { PEER_LAYOUTS, PEER_VERSIONS, type PeerName } from './versions.ts';

/** The pages compared: a page of text only, and one with a Mermaid diagram written in it. */
const TEXT_PAGE = 'what-next';
const DIAGRAM_PAGE = 'battlefield';
const PEERS: PeerName[] = ['starlight', 'vitepress'];

export interface PeerRunOptions {
  /** The project to build (this checkout, or --root). */
  root: string;
  /** Page counts, e.g. [200, 2000]. */
  scales: readonly number[];
  /** Cold loads and cold searches per figure (median). */
  runs: number;
  browser: Browser;
  say: (line: string) => void;
  /** Temporary folders made here are added, for the caller to remove (or keep with --keep). */
  temps: string[];
  keep: boolean;
}

/** One built site, however it was made. */
interface Built {
  dist: string;
  build: BuildFigures;
  urlOf: (id: string) => string;
  driver: SearchDriver;
}

/** Measure one built site at one page count into `figures`; page loads only when asked. */
async function measure(
  options: PeerRunOptions,
  built: Built,
  total: number,
  figures: SiteFigures,
  withPages: boolean,
): Promise<void> {
  figures[`build_${total}`] = built.build.ms;
  figures[`memory_${total}`] = built.build.peakProcessBytes;
  figures[`html_pages_${total}`] = builtPages(built.dist).length;
  const server = await serveDist(built.dist, { gzip: true });
  try {
    if (withPages) {
      const page = (f: LoadFigures) =>
        (f['gzip_html'] ?? 0) + (f['gzip_css'] ?? 0) + (f['gzip_js'] ?? 0);
      const text = await measurePage(
        options.browser,
        server.url + built.urlOf(TEXT_PAGE),
        options.runs,
      );
      figures['text_bytes'] = page(text);
      figures['text_html'] = text['gzip_html'];
      figures['text_lcp'] = text['lcp'];
      figures['text_cls'] = text['cls'];
      const diagram = await measurePage(
        options.browser,
        server.url + built.urlOf(DIAGRAM_PAGE),
        options.runs,
      );
      figures['diagram_bytes'] = page(diagram);
      figures['diagram_lcp'] = diagram['lcp'];
      figures['diagram_cls'] = diagram['cls'];
    }
    const search = await coldFirstSearch(
      options.browser,
      server.url + built.urlOf(TEXT_PAGE),
      built.driver,
      options.runs,
    );
    figures[`search_ms_${total}`] = search.ms;
    figures[`search_bytes_${total}`] = search.bytes;
  } finally {
    await server.close();
  }
}

/** Run the comparison and return its report section (Markdown). */
export async function peerComparison(options: PeerRunOptions): Promise<string> {
  const { root, scales, say, temps } = options;
  const env = peerEnv();
  // Other work on a shared machine slows every site alike, but slows all figures: say how much.
  const loadAtStart = loadavg()[0]!;
  const peerDirs = {} as Record<PeerName, string>;
  for (const name of PEERS) {
    const dir = tempFolder(`peer-${name}`);
    temps.push(dir);
    say(
      `${name}: installing ${Object.entries(PEER_VERSIONS[name])
        .map(([p, v]) => `${p}@${v}`)
        .join(' ')}`,
    );
    await installPeer(name, dir, env);
    peerDirs[name] = dir;
  }
  const columns: SiteColumn[] = [
    { label: 'this site', figures: {} },
    ...PEERS.map((name) => ({ label: PEER_LAYOUTS[name].label, figures: {} })),
  ];
  for (const [i, total] of scales.entries()) {
    const siteDir = tempFolder(`site-${total}`);
    temps.push(siteDir);
    copyProject(root, siteDir);
    multiplyPages(siteDir, total);
    say(`this site: cold build of ${total} pages in ${siteDir}`);
    await measure(
      options,
      {
        dist: join(siteDir, 'dist'),
        build: await timedBuild(siteDir, env),
        urlOf: (id) => (id === 'index' ? '/' : `/${id}/`),
        driver: SEARCH_DRIVERS.site,
      },
      total,
      columns[0]!.figures,
      i === 0,
    );
    if (!options.keep) removeTemp(siteDir);
    for (const [p, name] of PEERS.entries()) {
      const dir = peerDirs[name];
      const layout = PEER_LAYOUTS[name];
      preparePeer(name, dir, root, total);
      say(`${name}: cold build of ${total} pages in ${dir}`);
      const build = await timedBuild(dir, env);
      await measure(
        options,
        {
          dist: join(dir, layout.distDir),
          build,
          urlOf: layout.urlOf,
          driver: SEARCH_DRIVERS[name],
        },
        total,
        columns[p + 1]!.figures,
        i === 0,
      );
    }
  }
  const versions = PEERS.map(
    (name) =>
      `${PEER_LAYOUTS[name].label}: ${Object.entries(PEER_VERSIONS[name])
        .map(([p, v]) => `${p} ${v}`)
        .join(', ')}`,
  );
  return [
    '## Peers (same generated pages, same measuring code)',
    '',
    comparisonTable(columns, comparisonRows(scales)),
    '',
    `- Pages: the real pages of content/pages/ and copies of them up to each count, as in the scale runs; the peers get them as Markdown with the same text, headings and Mermaid diagrams (citations dropped, status badges as words, lists drawn from content/ left out). This site also builds its actor, glossary and other pages from content/, hence more HTML pages.`,
    `- Text page \`${TEXT_PAGE}\`, diagram page \`${DIAGRAM_PAGE}\`: median of ${options.runs} cold loads at ${scales[0]?.toLocaleString('en-GB')} pages. This site draws Mermaid at build time into inline SVG; Starlight with astro-mermaid and VitePress with vitepress-plugin-mermaid ship mermaid and draw in the reader's browser, so their diagram page figures include that.`,
    `- First search: click on the search button, "${COLD_QUERY}" typed at once into the field as soon as it takes input, until the first result is drawn; bytes are what is fetched after the click. Median of ${options.runs} runs, each in a new browser context. Starlight uses its Pagefind modal, VitePress its local search (\`search: { provider: 'local' }\`).`,
    `- Memory: the largest single process of each build (GNU time's maximum resident set size, or /proc when /usr/bin/time is missing). Builds run with Node ${process.version}.`,
    `- Load average (1 minute) of the machine: ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`,
    `- Sidebars list the real pages only, as this site's menu does. Versions: ${versions.join('; ')}.`,
  ].join('\n');
}
