/**
 * The plugins inside Astro's own Markdown and MDX processors (GFM, smartypants, heading ids), as
 * astro.config.mjs wires them, without a build.
 */
import { createMarkdownProcessor, unified, type RemarkPlugins } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../../src/collections/reader.ts';
import remarkCitations from '../../../src/markdown/remark-citations.ts';
import remarkReadingTime from '../../../src/markdown/remark-reading-time.ts';
import remarkStatus from '../../../src/markdown/remark-status.ts';

const remarkPlugins: RemarkPlugins = [
  [remarkCitations, { sources: readCollection('tests/fixtures/content-good/content', 'sources') }],
  remarkStatus,
  remarkReadingTime,
];
const TEXT = 'It was "agreed" [@newscapital-2025-11-25, citing NBC News] [!unconfirmed].';

describe('plugins in Astro processors', () => {
  it('render a .md body and pass citedSources and minutesRead to the layout', async () => {
    const processor = await createMarkdownProcessor({
      remarkPlugins,
      syntaxHighlight: false,
    });
    const { code, metadata } = await processor.render(TEXT, { frontmatter: { title: 'T' } });
    expect(code).toContain('<sup class="cite"><a href="#ref-newscapital-2025-11-25" id="cite-1"');
    expect(code).toContain('<span class="status status-unconfirmed" data-status="unconfirmed">');
    expect(code).toContain('<h2 id="references">References</h2>');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'references', text: 'References' }]);
    expect(metadata.frontmatter).toEqual({
      title: 'T',
      citedSources: ['newscapital-2025-11-25'],
      minutesRead: 1,
    });
  });

  it('compile an .mdx page with a component next to the markers', async () => {
    const processor = unified({ remarkPlugins });
    const renderer = await processor.createMdxRenderer?.(
      { syntaxHighlight: false },
      { optimize: false },
    );
    if (!renderer) throw new Error('This Astro version cannot render MDX with unified().');
    const { code } = await renderer.process(`${TEXT}\n\n<StatusLegend />\n`, '/tmp/page.mdx', {});
    expect(code).toContain('"cite-1"');
    expect(code).toContain('"status status-unconfirmed"');
    expect(code).toContain('References');
    expect(code).toMatch(/citedSources/);
  });
});
