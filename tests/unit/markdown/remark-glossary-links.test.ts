import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkGlossaryLinks, { readGlossary } from '../../../src/markdown/remark-glossary-links.ts';
import remarkCitations from '../../../src/markdown/remark-citations.ts';
import { render } from './pipeline.ts';

const terms = [
  { id: 'kyiv', term: 'Kyiv', aliases: ['Kiev'], definition: 'The capital of Ukraine.' },
  { id: 'nato', term: 'NATO', aliases: [], definition: 'An alliance.' },
];
const plugin: PluggableList = [[remarkGlossaryLinks, { terms }]];
const link = (id: string, text: string, definition: string) =>
  `<a href="/glossary/#${id}" class="term" data-term="${id}" data-definition="${definition}">${text}</a>`;

describe('remark-glossary-links', () => {
  it('links the first use of each term or alias on the page, with its definition', async () => {
    const { html } = await render('In Kiev, then Kyiv.\n\nKyiv again.', [...plugin]);
    expect(html).toBe(
      `<p>In ${link('kyiv', 'Kiev', 'The capital of Ukraine.')}, then Kyiv.</p>\n<p>Kyiv again.</p>`,
    );
  });

  it('skips headings, links, code and citation markers', async () => {
    const markdown = '## Kyiv\n\n[Kyiv](/x/) `Kyiv` [@kyiv-report, citing NATO]\n\n```\nKyiv\n```';
    const { html } = await render(markdown, [...plugin]);
    expect(html).not.toContain('class="term"');
  });

  it('annotates a hand-written glossary link and counts it as the first use', async () => {
    const { html } = await render('[the alliance](/glossary/#nato) and NATO.', [...plugin], {
      mdx: true,
    });
    expect(html).toBe(`<p>${link('nato', 'the alliance', 'An alliance.')} and NATO.</p>`);
  });

  it('leaves the citation plugin’s markers and references list alone', async () => {
    const sources = new Map([
      [
        'kyiv-post',
        {
          outlet: 'Kyiv Post',
          title: 'NATO news',
          url: 'https://example.org/',
          published: '2025-11-25',
          kind: 'news-report' as const,
          relays: ['NATO officials'],
        },
      ],
    ]);
    const { html } = await render('Words [@kyiv-post].', [
      [remarkCitations, { sources }],
      ...plugin,
    ]);
    expect(html).toContain('<sup class="cite">');
    expect(html).not.toContain('class="term"');
  });

  it('does nothing on the glossary page itself', async () => {
    const { html } = await render('Kyiv.', [...plugin], {
      path: `${process.cwd()}/content/pages/glossary.mdx`,
    });
    expect(html).toBe('<p>Kyiv.</p>');
  });

  it('reads the terms through the content reader, leaving out a file that fails its schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    mkdirSync(join(dir, 'glossary'));
    writeFileSync(
      join(dir, 'glossary/kyiv.yaml'),
      'term: Kyiv\naliases: [Kiev]\ndefinition: >-\n  A city.\nsources: [a-source]\n',
    );
    writeFileSync(join(dir, 'glossary/bad.yaml'), 'term: Bad\n');
    expect(readGlossary(dir)).toEqual([
      { id: 'kyiv', term: 'Kyiv', aliases: ['Kiev'], definition: 'A city.' },
    ]);
    expect(readGlossary(join(dir, 'missing'))).toEqual([]);
  });
});
