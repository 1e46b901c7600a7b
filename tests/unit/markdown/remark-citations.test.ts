import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/collections/schemas.ts';
import remarkCitations from '../../../src/markdown/remark-citations.ts';
import { frontmatter, render } from './pipeline.ts';

const SOURCES = new Map<string, Source>([
  [
    'news',
    {
      outlet: 'The News Capital',
      title: 'The article',
      url: 'https://example.org/article',
      published: '2025-11-25',
      kind: 'news-report',
      relays: ['NBC News (a US official)', 'Bloomberg'],
    },
  ],
  [
    'background',
    {
      outlet: 'Diplomatic Affairs',
      title: 'Background <piece>',
      url: 'https://example.org/background',
      kind: 'background-report',
      relays: [],
    },
  ],
]);

const cite = (markdown: string, options: Parameters<typeof render>[2] = {}) =>
  render(markdown, [[remarkCitations, { sources: SOURCES }]], options);

describe('remark-citations', () => {
  it('turns a citation into a numbered, labelled marker linking to its reference', async () => {
    const { html } = await cite('Talks went on [@news].');
    expect(html).toContain(
      '<p>Talks went on\u00a0<sup class="cite"><a href="#ref-news" id="cite-1" aria-label="Source 1: The News Capital">[1]</a></sup>.</p>',
    );
  });

  it('says whom a source cites in the accessible label', async () => {
    const { html } = await cite('Agreed [@news, citing NBC News].');
    expect(html).toContain('aria-label="Source 1: The News Capital, citing NBC News">[1]</a>');
    expect(html).toContain('aria-label="Back to citation 1 (citing NBC News)"');
  });

  it('numbers sources by first appearance and gives every marker its own id', async () => {
    const { html, file } = await cite('A [@background; @news]. B [@news]. C [@background].');
    const markers = [...html.matchAll(/href="#ref-([a-z]+)" id="(cite-\d)"[^>]*>\[(\d)\]/g)];
    expect(markers.map((m) => m.slice(1).join(' '))).toEqual([
      'background cite-1 1',
      'news cite-2 2',
      'news cite-3 2',
      'background cite-4 1',
    ]);
    expect(frontmatter(file)['citedSources']).toEqual(['background', 'news']);
  });

  it('ends the file with a References list: outlet, linked title, date, relays, backlinks', async () => {
    const { html } = await cite('One [@news]. Two [@news]. Three [@background].');
    expect(html).toContain('<h2 id="references">References</h2>');
    expect(html).toContain(
      '<li id="ref-news">The News Capital, <a href="https://example.org/article">The article</a>, published <time datetime="2025-11-25">25 November 2025</time>. Relays: NBC News (a US official); Bloomberg. <a href="#cite-1" class="cite-back" aria-label="Back to citation 1">↩ 1</a> <a href="#cite-2" class="cite-back" aria-label="Back to citation 2">↩ 2</a></li>',
    );
    // No date when the source has none; markup in titles is escaped.
    expect(html).toContain(
      '<li id="ref-background">Diplomatic Affairs, <a href="https://example.org/background">Background &#x3C;piece></a>. <a href="#cite-3" class="cite-back" aria-label="Back to citation 1">↩</a></li>',
    );
    expect(html.indexOf('id="ref-news"')).toBeLessThan(html.indexOf('id="ref-background"'));
  });

  it('adds nothing to a file without citations, and leaves code alone', async () => {
    const { html, file } = await cite('Write `[@news]` to cite.\n\n```\n[@news]\n```');
    expect(html).not.toContain('references');
    expect(html).toContain('<code>[@news]</code>');
    expect(frontmatter(file)['citedSources']).toEqual([]);
  });

  it('works in MDX, next to components, in lists and tables', async () => {
    const markdown =
      '<Aside>Said [@news].</Aside>\n\n- item [@background]\n\n| a |\n|---|\n| [@news] |';
    const { file } = await cite(markdown, { mdx: true });
    expect(frontmatter(file)['citedSources']).toEqual(['news', 'background']);
  });

  it('also reads [@id] that Markdown parsed as a reference link', async () => {
    const { html } = await cite('See [@news].\n\n[@news]: https://example.org/');
    expect(html).toContain('<a href="#ref-news" id="cite-1"');
  });

  it('fails on an unknown source with file, line and a suggestion', async () => {
    const path = join(process.cwd(), 'content/pages/x.md');
    await expect(cite('Fine [@news].\n\nBad\nhere [@newz].', { path })).rejects.toThrow(
      'content/pages/x.md:4: unknown source "newz" in citation [@newz]. Sources are the files in content/sources/; cite one by its file name without .yaml (did you mean "news"?)',
    );
  });

  it('gives the error the line and column Astro uses for its error overlay', async () => {
    await expect(cite('Fine [@news].\n\nBad\nhere [@newz].')).rejects.toMatchObject({
      line: 4,
      column: 6,
    });
    await expect(cite('Bad [@newz].')).rejects.toMatchObject({ line: 1, column: 5 });
  });

  it('fails on a malformed citation', async () => {
    await expect(cite('Bad [@news p. 4].')).rejects.toThrow(
      '(Markdown input):1: malformed citation [@news p. 4]: each source starts with @ and its id',
    );
  });

  it('counts lines from the top of the file when Astro has cut off the frontmatter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cite-'));
    const path = join(dir, 'update.md');
    const body = 'Line one.\n\nLine three [@nope].';
    writeFileSync(path, `---\ntitle: T\ndate: 2025-11-25\n---\n\n${body}\n`);
    await expect(cite(body, { path })).rejects.toThrow(
      `${relative(process.cwd(), path)}:8: unknown source "nope"`,
    );
  });

  it('accepts a function returning the sources', async () => {
    const { html } = await render('X [@news].', [[remarkCitations, { sources: () => SOURCES }]]);
    expect(html).toContain('id="cite-1"');
  });
});
