/**
 * The pure parts of the comparison with Starlight and VitePress: the peers' Markdown pages made
 * from ours, the pinned installs, the report's figures and ratios, and the build's peak memory
 * read from GNU time and /proc.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gnuTimeMaxRss, parentPid } from '../../../bench/build.ts';
import { generatedDiagrams, toPeerMarkdown, writePeerPages } from '../../../bench/peers/pages.ts';
import {
  comparisonRows,
  comparisonTable,
  formatFigure,
  formatRatio,
} from '../../../bench/peers/report.ts';
import {
  PEER_LAYOUTS,
  PEER_VERSIONS,
  peerConfig,
  peerPackageJson,
} from '../../../bench/peers/versions.ts';

const PAGE = `---
title: What happens next
description: The meetings announced.
navLabel: What next
order: 7
inNav: true
relatedActors:
  - steve-witkoff
---

## Announced meetings

Trump said he would send [Steve Witkoff](/actors/steve-witkoff/) [@newscapital-2025-11-25]. He was “not sure” [@newscapital-2025-11-25, citing Truth Social] [!unknown].

<TimelineDiagram />

<EventList />

\`\`\`mermaid
flowchart LR
  a[Kept [@not-a-citation] as written] --> b
\`\`\`
`;

const options = { titleHeading: false, diagrams: { TimelineDiagram: 'flowchart TB\n  x --> y\n' } };

describe('toPeerMarkdown', () => {
  const out = toPeerMarkdown(PAGE, 'what-next.mdx', options);

  it('keeps only the title and description in the frontmatter', () => {
    expect(
      out.startsWith('---\ntitle: What happens next\ndescription: The meetings announced.\n---\n'),
    ).toBe(true);
    expect(out).not.toMatch(/navLabel|inNav|relatedActors|order:/);
  });

  it('keeps headings, text and links, drops citations and writes badges as words', () => {
    expect(out).toContain('## Announced meetings');
    expect(out).toContain(
      'Trump said he would send [Steve Witkoff](/actors/steve-witkoff/). He was “not sure” (unknown).',
    );
    expect(out).not.toContain('[@newscapital');
  });

  it('draws a generated diagram as a Mermaid fence and drops other components', () => {
    expect(out).toContain('```mermaid\nflowchart TB\n  x --> y\n```');
    expect(out).not.toContain('<EventList');
    expect(out).not.toContain('<TimelineDiagram');
  });

  it('keeps the text of code fences exactly', () => {
    expect(out).toContain('  a[Kept [@not-a-citation] as written] --> b');
  });

  it('writes the title as a heading for themes that do not draw it', () => {
    const vp = toPeerMarkdown(PAGE, 'what-next.mdx', { ...options, titleHeading: true });
    expect(vp).toContain('---\n\n# What happens next\n\n## Announced meetings');
    expect(out).not.toContain('# What happens next');
  });

  it('names the file when the frontmatter or its title is missing', () => {
    expect(() => toPeerMarkdown('## No frontmatter', 'x.mdx', options)).toThrow(
      /x\.mdx.*frontmatter/,
    );
    expect(() => toPeerMarkdown('---\norder: 1\n---\nText', 'y.mdx', options)).toThrow(
      /y\.mdx.*title/,
    );
  });
});

describe('writePeerPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peer-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes as many pages as the scale run has, and the menu in order', () => {
    const real = readdirSync('content/pages').filter((f) => /\.mdx?$/.test(f)).length;
    const nav = writePeerPages('.', dir, real + 5, false);
    const files = readdirSync(dir);
    expect(files).toHaveLength(real + 5);
    expect(files.filter((f) => f.includes('-copy-1'))).toHaveLength(5);
    expect(nav.length).toBeGreaterThan(0);
    expect(nav[0]).toEqual({ id: 'the-plan', label: 'The plan' });
    const copy = readFileSync(
      join(
        dir,
        files.find((f) => f.includes('-copy-1'))!,
      ),
      'utf8',
    );
    expect(copy).toMatch(/^---\ntitle: .+ \(copy 1\)\n/);
  });

  it("gives every generated diagram the site's Mermaid", () => {
    const diagrams = generatedDiagrams('content');
    expect(Object.keys(diagrams).sort()).toEqual([
      'ActorMapDiagram',
      'PlanPathDiagram',
      'TimelineDiagram',
    ]);
    const timeline = readFileSync(join(dir, 'timeline.md'), 'utf8');
    expect(timeline).toContain(`\`\`\`mermaid\n${diagrams['TimelineDiagram']!.trimEnd()}\n\`\`\``);
  });
});

describe('peer projects', () => {
  it('pin every dependency to an exact version', () => {
    for (const name of ['starlight', 'vitepress'] as const) {
      const pkg = JSON.parse(peerPackageJson(name)) as { dependencies: Record<string, string> };
      expect(pkg.dependencies).toEqual(PEER_VERSIONS[name]);
      for (const version of Object.values(pkg.dependencies))
        expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('turn page ids into each peer’s URLs', () => {
    expect(PEER_LAYOUTS.starlight.urlOf('what-next')).toBe('/what-next/');
    expect(PEER_LAYOUTS.vitepress.urlOf('what-next')).toBe('/what-next.html');
    expect(PEER_LAYOUTS.vitepress.urlOf('index')).toBe('/');
  });

  it('configure Mermaid, local search and the sidebar', () => {
    const nav = [{ id: 'the-plan', label: 'The plan' }];
    const starlight = peerConfig('starlight', 'T', nav)
      .map((f) => f.text)
      .join('\n');
    expect(starlight).toMatch(/integrations: \[mermaid\(\), starlight\(/);
    expect(starlight).toContain('{"label":"The plan","link":"/the-plan/"}');
    const vitepress = peerConfig('vitepress', 'T', nav)[0]!.text;
    expect(vitepress).toContain("search: { provider: 'local' }");
    expect(vitepress).toContain('withMermaid(');
  });
});

describe('comparison report', () => {
  it('formats each kind of figure', () => {
    expect(formatFigure(25_300, 'ms')).toBe('25.3 s');
    expect(formatFigure(1_190_000_000, 'bytes')).toBe('1.2 GB');
    expect(formatFigure(0.0123, 'shift')).toBe('0.012');
    expect(formatFigure(undefined, 'ms')).toBe('n/a');
    expect(formatFigure(Number.NaN, 'count')).toBe('n/a');
  });

  it('divides this site by the peer', () => {
    expect(formatRatio(44_800, 25_300)).toBe('1.77');
    expect(formatRatio(0, 0)).toBe('-');
    expect(formatRatio(0.1, 0)).toBe('∞');
    expect(formatRatio(undefined, 3)).toBe('n/a');
  });

  it('prints the sites side by side, then the ratios', () => {
    const table = comparisonTable(
      [
        { label: 'this site', figures: { build_200: 40_000, memory_200: 1e9 } },
        { label: 'Starlight', figures: { build_200: 20_000, memory_200: 2e9 } },
        { label: 'VitePress', figures: { build_200: 80_000 } },
      ],
      comparisonRows([200]).slice(0, 2),
    );
    expect(table.split('\n')).toEqual([
      '|  | this site | Starlight | VitePress | this site / Starlight | this site / VitePress |',
      '| --- | --- | --- | --- | --- | --- |',
      '| cold build, 200 pages | 40.0 s | 20.0 s | 80.0 s | 2.00 | 0.50 |',
      '| peak memory of the largest build process, 200 pages | 1.0 GB | 2.0 GB | n/a | 0.50 | n/a |',
    ]);
  });

  it('has build rows for each page count', () => {
    const keys = comparisonRows([200, 2000]).map((r) => r.key);
    expect(keys).toContain('build_2000');
    expect(keys).toContain('search_ms_2000');
    expect(() => comparisonTable([], [])).toThrow(/no sites/);
  });
});

describe('peak memory', () => {
  it("reads GNU time's maximum resident set size, in bytes", () => {
    const output =
      'build output\n\tCommand being timed: "npm run build"\n\tMaximum resident set size (kbytes): 1234567\n';
    expect(gnuTimeMaxRss(output)).toBe(1234567 * 1024);
    expect(gnuTimeMaxRss('no report')).toBeUndefined();
  });

  it('reads the parent pid from /proc/<pid>/stat, even with ") " in the command name', () => {
    expect(parentPid('4242 (node) S 17 4242 17 0 -1')).toBe(17);
    expect(parentPid('99 (my (odd) name) R 3 99 3 0')).toBe(3);
  });
});
