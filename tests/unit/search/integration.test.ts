import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, pageUrlOf, siteSpellings } from '../../../src/search/integration.ts';

const root = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(base: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, name)), { recursive: true });
    writeFileSync(join(base, name), text);
  }
  return base;
}

const html = (title: string, body: string, searchable = true) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body>` +
  `<header data-pagefind-ignore>Site</header><main${searchable ? ' data-pagefind-body' : ''}>` +
  `<h1 data-pagefind-meta="title">${title}</h1>${body}</main></body></html>`;

const content = write(join(root, 'content'), {
  'glossary/kyiv.yaml':
    'term: Kyiv\naliases:\n  - Kiev\ndefinition: The capital.\nsources: [newscapital-2025-11-25]\n',
  'glossary/uk/kyiv.yaml': 'term: Київ\naliases: [Києва]\ndefinition: Столиця.\n',
  'glossary/alaska.yaml': 'term: Anchorage summit\naliases: [Alaska summit]\ndefinition: x\n',
  'actors/zelenskyy.yaml': 'name: Volodymyr Zelenskyy\naliases: [Zelensky, President Zelenskyy]\n',
  'pages/a.mdx': '---\ntitle: A\n---\nThe Alaska summit was in August.\n',
  'pages/b.mdx': '---\ntitle: B\n---\nAfter the Alaska summit.\n',
});

describe('pageUrlOf', () => {
  it.each([
    ['index.html', '/'],
    [join('timeline', 'index.html'), '/timeline/'],
    [join('actors', 'putin', 'index.html'), '/actors/putin/'],
    ['404.html', '/404.html'],
  ])('maps %s to %s', (file, url) => {
    expect(pageUrlOf(file)).toBe(url);
  });
});

describe('siteSpellings', () => {
  it('maps aliases from the glossary and actors, except those the site’s text uses', () => {
    expect(siteSpellings(content).en).toEqual({
      kiev: 'kyiv',
      zelensky: 'zelenskyy',
      київ: 'kyiv',
      києва: 'kyiv',
    });
  });

  it('maps, in each other language, its aliases and the English spellings to its own name', () => {
    // "Alaska summit" stays: the Ukrainian edition shows the untranslated English pages that use it.
    expect(siteSpellings(content).uk).toEqual({
      kiev: 'київ',
      kyiv: 'київ',
      києва: 'київ',
      zelensky: 'zelenskyy',
    });
  });

  it('is empty for a folder without content, in every language', () => {
    expect(siteSpellings(join(root, 'missing'))).toEqual({ en: {}, uk: {} });
  });
});

describe('buildSearchIndex', () => {
  it('indexes pages and entries and writes the index and the spelling map', async () => {
    const site = write(join(root, 'site'), {
      'index.html': html('Home', '<p>Peace plan for Ukraine.</p>'),
      'timeline/index.html': html(
        'Timeline',
        '<ol><li id="strike" data-search-entry="event" data-search-title="Strike on Kyiv"><h3>Strike on Kyiv</h3><p>Missiles hit Kyiv.</p></li>' +
          '<li id="talks" data-search-entry="event"><h3>Talks</h3><p>Geneva.</p></li></ol>',
      ),
      '404.html': html('Not found', '<p>Nothing</p>', false),
    });
    const report = await buildSearchIndex(site, content);
    expect(report).toEqual({ pages: 2, entries: 2, spellings: { en: 4, uk: 4 } });
    const out = join(site, 'pagefind');
    expect(existsSync(join(out, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(out, 'pagefind-ui.js'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'spellings.en.json'), 'utf8'))).toHaveProperty(
      'kiev',
      'kyiv',
    );
    expect(JSON.parse(readFileSync(join(out, 'spellings.uk.json'), 'utf8'))).toHaveProperty(
      'kyiv',
      'київ',
    );
  }, 60_000);

  it('stops the build with a useful message when no page is marked for indexing', async () => {
    const site = write(join(root, 'bare'), { 'index.html': html('Home', '<p>x</p>', false) });
    await expect(buildSearchIndex(site, content)).rejects.toThrow(/data-pagefind-body/);
  }, 60_000);
});
