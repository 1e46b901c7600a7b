/**
 * The diagram plugin in Astro's processors. Real renders use the installed Chromium; the
 * diagrams are batched so the whole file costs two browser pages.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { leftoverColours } from '../helpers/colours.ts';
import { outstandingFailures, resetFailuresForTests } from '../../src/diagrams/failures.ts';
import { closeRenderer, diagramStats, resetRendererForTests } from '../../src/diagrams/renderer.ts';
import { idPrefix } from '../../src/diagrams/rehype-mermaid.ts';
import { compileMdx, renderMd } from './helpers/diagram-pipeline.ts';

const DIR = 'tests/fixtures/diagrams';
let cache: string;

beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  vi.stubEnv('PEACE_DIAGRAM_CACHE', cache);
  // Astro's .md processor logs a failed render before rethrowing it; keep the output clean.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  resetRendererForTests();
  resetFailuresForTests();
});

afterAll(async () => {
  await closeRenderer();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('rehype-mermaid without a browser (PEACE_DIAGRAMS=client)', () => {
  it('ships the source and the text version, and warns once for the whole build', async () => {
    vi.stubEnv('PEACE_DIAGRAMS', 'client');
    resetRendererForTests();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [html] = await Promise.all([
      renderMd(`${DIR}/two-diagrams.md`),
      renderMd(`${DIR}/two-diagrams.md`),
    ]);
    expect(html).toContain('data-diagram-mode="client"');
    expect(html).toContain('<pre class="mermaid">flowchart LR\n  accTitle: How the plan moved');
    expect(html).toContain('<li>Leaked 28-point draft → Geneva talks (revised in)</li>');
    expect(html).not.toContain('<svg');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /PEACE_DIAGRAMS=client.*\n.*reader's browser[\s\S]*CHROME_PATH/,
    );
    expect(diagramStats()).toMatchObject({ launches: 0, client: 4 });
    warn.mockRestore();
    vi.stubEnv('PEACE_DIAGRAMS', '');
    resetRendererForTests();
  });
});

describe('rehype-mermaid refuses a diagram without accTitle and accDescr', () => {
  it('names the file, the line of the fence in the file, and shows how to add them', async () => {
    const error = await renderMd(`${DIR}/missing-acc.md`).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(
      `${DIR}/missing-acc.md:7: this mermaid diagram has no accDescr.`,
    );
    expect((error as Error).message).toContain('  accDescr: One or two sentences');
  });
});

describe('rehype-mermaid with Chromium', () => {
  let md = '';
  let mdx = '';
  let cold = { launches: 0, rendered: 0, fromCache: 0, client: 0 };

  beforeAll(async () => {
    // One batch: both files' three diagrams are drawn in one page.
    [md, mdx] = await Promise.all([
      renderMd(`${DIR}/two-diagrams.md`),
      compileMdx(`${DIR}/mindmap.mdx`),
    ]);
    cold = { ...diagramStats() };
  }, 60_000);

  it('replaces each fence with inline SVG, caption and text version, in .md', () => {
    expect(md).not.toContain('language-mermaid');
    expect(md.match(/<svg /g)).toHaveLength(2);
    expect(md).toMatch(
      /<svg id="dg-diagrams-two-diagrams-1"[^>]* role="img"[^>]* aria-labelledby="dg-diagrams-two-diagrams-1-title"/,
    );
    expect(md).toContain(
      '<figcaption id="dg-diagrams-two-diagrams-2-caption">Who spoke to whom</figcaption>',
    );
    expect(md).toContain('<li>Witkoff → Umerov: Draft plan</li>');
    expect(md).toContain('<li>Umerov → Witkoff (reply): Revisions</li>');
  });

  it('reads the raw code, so SmartyPants never turns --> into —> (the prose around it is still smartened)', () => {
    expect(md).toContain('“quotes” — and dashes');
    expect(md).toContain('<li>Geneva talks → Abu Dhabi</li>');
    expect(md).not.toMatch(/—>|–>/);
  });

  it('gives two diagrams on one page no shared id, no hard-coded colour and no invalid style', () => {
    const all = ids(md);
    expect(new Set(all).size).toBe(all.length);
    expect(leftoverColours(md)).toEqual([]);
    expect(md).not.toMatch(/\sstyle="[^"]*(undefined|normal)/);
  });

  it('compiles a mindmap in .mdx (mermaid writes style="undefined;;;undefined" there)', () => {
    expect(mdx).toContain('diagram__svg');
    expect(mdx).toContain('"Concerns about the plan"');
    expect(mdx).not.toContain('undefined;;;undefined');
  });

  it('carries the SVG in .mdx as one string of HTML, not as a call for each of its elements', () => {
    expect(mdx).toMatch(/"set:html": "<svg id=\\"dg-diagrams-mindmap-1\\"/);
    expect(mdx).not.toMatch(/_jsx\("(svg|g|path|text)"/);
  });

  it('launched one browser for the cold build; a rebuild reads the cache and launches none', async () => {
    expect(cold).toMatchObject({ launches: 1, rendered: 3, fromCache: 0 });
    await closeRenderer();
    resetRendererForTests();
    const [again] = await Promise.all([
      renderMd(`${DIR}/two-diagrams.md`),
      compileMdx(`${DIR}/mindmap.mdx`),
    ]);
    expect(diagramStats()).toMatchObject({ launches: 0, rendered: 0, fromCache: 3 });
    expect(again).toBe(md);
  });

  it("fails a broken diagram in .md and .mdx with file, fence line and mermaid's message", async () => {
    const [mdError, mdxError] = await Promise.all([
      renderMd(`${DIR}/broken.md`).catch((e: Error) => e),
      compileMdx(`${DIR}/broken.mdx`).catch((e: Error) => e),
    ]);
    expect(String(mdError)).toContain(
      `${DIR}/broken.md:7: mermaid cannot draw this diagram:\nParse error on line`,
    );
    expect(String(mdError)).toMatch(/\(Mermaid's line \d+ is line 12 of the file\.\)/);
    expect(String(mdxError)).toContain(`${DIR}/broken.mdx:7: mermaid cannot draw this diagram:`);
  }, 60_000);

  it('remembers the broken .md for the integration, on disk too (Astro skips unchanged entries)', () => {
    const failures = outstandingFailures().join('\n');
    expect(failures).toContain(`${DIR}/broken.md:7`);
    const disk = JSON.parse(readFileSync(join(cache, 'failures.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // Only .md files: an .mdx file is compiled again on every build and fails again by itself.
    expect(Object.keys(disk).sort()).toEqual([`${DIR}/broken.md`, `${DIR}/missing-acc.md`]);
    resetFailuresForTests();
    expect(outstandingFailures().join('\n')).toContain('has not changed since');
  });
});

describe('idPrefix', () => {
  it('names ids after the folder and file', () => {
    expect(idPrefix('content/pages/the-plan.mdx')).toBe('dg-pages-the-plan');
    expect(idPrefix('content/updates/2025-11-25 Note.md')).toBe('dg-updates-2025-11-25-note');
  });
});
