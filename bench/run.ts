/**
 * `npm run bench`: build the site cold and warm, load each kind of page in headless Chromium,
 * measure search, then build generated sites of 200 and 2,000 pages made from the real content,
 * and print one Markdown report (also written to bench-results/latest.md).
 *
 *   npm run bench                 everything (several minutes)
 *   npm run bench -- --quick      skip the 2,000-page site
 *   npm run bench -- --runs 3     cold loads per page (default 5)
 *   npm run bench -- --keep       keep the temporary build folders, for a look at what was measured
 *   npm run bench -- --root DIR   bench another checkout of the project (default: this one)
 *   npm run bench -- --scales 20  page counts of the scale runs (default 200,2000)
 *   npm run bench -- --peers      also compare with Starlight and VitePress (bench/peers/)
 *   npm run bench -- --peers-only only that comparison
 *
 * Every build happens in a copy of the project in the system's temporary folder, so "cold" means
 * no cache at all while your own dist/, .astro/ and diagram cache stay as they are.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveDist } from '../support/static-server.ts';
import { builtPages } from '../support/pages.ts';
import { formatBytes, formatMs } from './stats.ts';
import {
  changeOnePage,
  copyProject,
  multiplyPages,
  removeTemp,
  tempFolder,
} from './project-copy.ts';
import { timedBuild, type BuildFigures } from './build.ts';
import { measurePage, offlineBytes } from './page-loads.ts';
import { pagefindApiFigures, searchModuleFigures } from './search.ts';
import { renderReport, type PageResult, type SiteResult } from './report.ts';
import { coldFirstSearch, COLD_QUERY, SEARCH_DRIVERS } from './peers/first-search.ts';
import { peerComparison } from './peers/run.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/** The project to build; results are written here too. */
const ROOT = resolve(option('--root') ?? join(import.meta.dirname, '..'));
const QUICK = args.includes('--quick');
const KEEP = args.includes('--keep');
const RUNS = Number(option('--runs')) || 5;
/** One page of each kind, by the URLs the design fixes. */
const PAGE_KINDS = [
  { kind: 'home', path: '/' },
  { kind: 'text page', path: '/what-next/' },
  { kind: 'page with diagrams', path: '/timeline/' },
  { kind: 'actor page', path: '/actors/steve-witkoff/' },
];
const SCALES = option('--scales')?.split(',').map(Number) ?? (QUICK ? [200] : [200, 2000]);
if (!SCALES.every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error(
    `bench/run.ts: --scales takes page counts separated by commas, such as 200,2000 (got "${option('--scales')}").`,
  );
}
const PEERS_ONLY = args.includes('--peers-only');
const PEERS = PEERS_ONLY || args.includes('--peers');

const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
const temps: string[] = [];

/** Total bytes and number of files under a folder. */
function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files += 1;
    }
  } catch {
    // No such folder: no search index was built.
  }
  return { bytes, files };
}

/** A copy of the project, grown to `total` pages if asked, built cold. */
async function buildCopy(label: string, total?: number) {
  const dir = tempFolder(label);
  temps.push(dir);
  copyProject(ROOT, dir);
  const contentPages = total
    ? multiplyPages(dir, total)
    : readdirSync(join(dir, 'content', 'pages')).length;
  say(`${label}: building ${contentPages} content pages in ${dir}`);
  const build = await timedBuild(dir);
  return { dir, dist: join(dir, 'dist'), contentPages, build };
}

/** Scale figures for a built copy: pages, index size and searches. */
async function siteResult(
  browser: Browser,
  label: string,
  copy: Awaited<ReturnType<typeof buildCopy>>,
): Promise<SiteResult> {
  const server = await serveDist(copy.dist, { gzip: true });
  try {
    const index = folderSize(join(copy.dist, 'pagefind'));
    return {
      label,
      contentPages: copy.contentPages,
      htmlPages: builtPages(copy.dist).length,
      build: copy.build,
      indexBytes: index.bytes,
      indexFiles: index.files,
      search: await pagefindApiFigures(browser, server.url, copy.dist),
    };
  } finally {
    await server.close();
  }
}

/** The same environment line for both reports. */
function environmentLine(browser: Browser): string {
  return [
    `Node ${process.version}`,
    `Chromium ${browser.version()}`,
    `${cpus().length} CPUs`,
    `${formatBytes(totalmem())} memory`,
    QUICK ? 'quick run (no 2,000-page site)' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The comparison with the peers, alone: `--peers-only`. */
async function peersOnly(): Promise<void> {
  const browser = await launchBrowser();
  try {
    const options = { root: ROOT, scales: SCALES, runs: RUNS, browser, say, temps, keep: KEEP };
    const section = await peerComparison(options);
    const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const report = `# Bench: ${when}\n\n${environmentLine(browser)}.\n\n${section}\n`;
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'peers.md'), report);
    process.stdout.write(report);
    say('written to bench-results/peers.md');
  } finally {
    await browser.close();
    if (KEEP) say(`kept: ${temps.join(' ')}`);
    else for (const dir of temps) removeTemp(dir);
  }
}

async function main(): Promise<void> {
  if (PEERS_ONLY) return peersOnly();
  const notes: string[] = [];
  const site = await buildCopy('site');
  say(`cold build ${Math.round(site.build.ms)} ms; warm build…`);
  const warm: BuildFigures = await timedBuild(site.dir);
  say('warm build after one page changed…');
  changeOnePage(site.dir);
  const warmOneChange = await timedBuild(site.dir);
  const browser = await launchBrowser();
  try {
    const server = await serveDist(site.dist, { gzip: true });
    const built = new Set(builtPages(site.dist));
    const pages: PageResult[] = [];
    for (const { kind, path } of PAGE_KINDS) {
      say(`${RUNS} cold loads of ${path}`);
      if (!built.has(path)) notes.push(`${path} was not built, so the ${kind} column is empty.`);
      pages.push({
        kind,
        path,
        ...(built.has(path)
          ? { figures: await measurePage(browser, server.url + path, RUNS) }
          : {}),
      });
    }
    say('offline worker and search');
    const offline = await offlineBytes(browser, `${server.url}/`);
    const searchModule = await searchModuleFigures(browser, server.url, site.dist);
    // The first search as a reader starts it on a loaded page: click, type at once.
    const cold = await coldFirstSearch(
      browser,
      `${server.url}/what-next/`,
      SEARCH_DRIVERS.site,
      RUNS,
    );
    const coldSearch: [string, string][] = [
      [
        `first search, cold: click, "${COLD_QUERY}" typed at once, to first result`,
        formatMs(cold.ms),
      ],
      [
        'first search, cold: downloaded after the click (gzip)',
        `${formatBytes(cold.bytes)} in ${cold.requests} requests`,
      ],
    ];
    await server.close();
    const sites = [await siteResult(browser, 'this site', site)];
    if (!sites[0]!.search) notes.push('The build has no dist/pagefind/: no search figures.');
    for (const total of SCALES) {
      const copy = await buildCopy(`${total}-pages`, total);
      sites.push(await siteResult(browser, `${total} pages`, copy));
      if (!KEEP) removeTemp(copy.dir);
    }
    const environment = environmentLine(browser);
    const options = { root: ROOT, scales: SCALES, runs: RUNS, browser, say, temps, keep: KEEP };
    const sections = PEERS ? [await peerComparison(options)] : [];
    const report = renderReport({
      when: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      environment,
      runs: RUNS,
      cold: site.build,
      warm,
      warmOneChange,
      pages,
      offline,
      searchModule,
      coldSearch,
      sites,
      sections,
      notes,
    });
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'latest.md'), report);
    process.stdout.write(report);
    say('written to bench-results/latest.md');
  } finally {
    await browser.close();
    if (KEEP) say(`kept: ${temps.join(' ')}`);
    else for (const dir of temps) removeTemp(dir);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!KEEP) for (const dir of temps) removeTemp(dir);
  process.exitCode = 1;
});
