import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchIndexThread } from '../../../src/search/index-thread.ts';
import {
  buildSearchIndex,
  NAMES_FIELD,
  pageUrlOf,
  recordsOf,
  searchRecords,
  siteSpellings,
} from '../../../src/search/integration.ts';

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
  'places/geneva.yaml':
    'name: Geneva\naliases: [Genf]\nkind: city\ncountry: CH\ncoordinates: { lat: 46.2, lon: 6.14 }\n' +
    'note: Talks were held there.\nsources: [newscapital-2025-11-25]\n',
  'places/uk/geneva.yaml': 'name: Женева\naliases: []\nnote: Там відбулися переговори.\n',
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
  it('maps aliases and translated names from the glossary, actors and places', async () => {
    expect((await siteSpellings(content)).maps.en).toEqual({
      'alaska summit': 'anchorage summit',
      genf: 'geneva',
      kiev: 'kyiv',
      zelensky: 'zelenskyy',
      женева: 'geneva',
      києва: 'kyiv',
      київ: 'kyiv',
    });
  });

  it('maps, in each other language, its aliases and the English spellings to its own name, keyed by stem', async () => {
    // The glossary term without a translation keeps its English name in the Ukrainian edition.
    expect((await siteSpellings(content)).maps.uk).toEqual({
      'alaska summit': 'anchorage summit',
      geneva: 'женева',
      genf: 'женева',
      kiev: 'київ',
      kyiv: 'київ',
      києв: 'київ',
      zelensky: 'zelenskyy',
    });
  });

  it('is empty for a folder without content, in every language', async () => {
    expect((await siteSpellings(join(root, 'missing'))).maps).toEqual({ en: {}, uk: {} });
  });
});

describe('searchRecords', () => {
  const page = (url: string, lang: string, body: string) => ({
    url,
    where: url,
    html:
      `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>` +
      `<nav>Kiev</nav><main data-pagefind-body><h1 data-pagefind-meta="title">T</h1>${body}</main></body></html>`,
  });
  const namesOf = (html: string): string | undefined =>
    new RegExp(`data-pagefind-meta="${NAMES_FIELD}\\[content\\]" content="([^"]*)"`).exec(
      html,
    )?.[1];

  it('gives each record the names it uses in another form, in its own language', async () => {
    const spellings = await siteSpellings(content);
    const { records } = searchRecords(
      [
        page('/uk/a/', 'uk', '<p>Ракети вдарили по Києву. Переговори в Geneva.</p>'),
        page('/b/', 'en-GB', '<p>Talks in Genf after the Alaska summit.</p>'),
        page('/c/', 'en-GB', '<p>Kyiv, not Kievan Rus.</p>'),
        page(
          '/d/',
          'en-GB',
          '<p data-pagefind-ignore>Kiev</p><ol class="references"><li>Kiev Post</li></ol>' +
            '<ol><li id="t" data-search-entry="term"><h3>Kiev</h3></li></ol>',
        ),
      ],
      spellings,
    );
    const names = Object.fromEntries(records.map((r) => [r.url, namesOf(r.content)]));
    expect(names).toEqual({
      '/uk/a/': 'женева київ',
      '/b/': 'anchorage summit geneva',
      '/c/': undefined,
      // Only the entry, a record of its own, says "Kiev"; the page leaves it out.
      '/d/': undefined,
      '/d/#t': 'kyiv',
    });
  });
});

describe('recordsOf', () => {
  const page = (n: number) => ({
    url: `/p${n}/`,
    where: `p${n}/index.html`,
    html: html(`Page ${n}`, `<p>Text ${n}.</p>`),
  });

  it('reads a page only when the record before it has been taken, and entries last', async () => {
    const spellings = await siteSpellings(content);
    let read = 0;
    function* pages() {
      for (let n = 1; n <= 3; n++) {
        read += 1;
        yield n === 3
          ? {
              ...page(3),
              html: html('Page 3', '<ol><li id="e" data-search-entry="event"><h3>E</h3></li></ol>'),
            }
          : page(n);
      }
    }
    const tally = { pages: 0, indexed: 0, entries: 0 };
    const records = recordsOf(pages(), spellings, tally);
    expect(records.next().value?.url).toBe('/p1/');
    expect(read).toBe(1);
    expect([...records].map((r) => r.url)).toEqual(['/p2/', '/p3/', '/p3/#e']);
    expect(tally).toEqual({ pages: 3, indexed: 3, entries: 1 });
  });

  it('fails after the last page when no page is marked for search', async () => {
    const spellings = await siteSpellings(content);
    const pages = [{ ...page(1), html: html('Page 1', '<p>x</p>', false) }];
    expect(() => [...recordsOf(pages, spellings)]).toThrow(
      /None of the 1 pages has data-pagefind-body/,
    );
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
    expect(report).toEqual({ pages: 2, entries: 2, spellings: { en: 7, uk: 7 } });
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

describe('SearchIndexThread', () => {
  it('indexes the pages it is handed on its own thread, as the folder build does', async () => {
    const site = join(root, 'thread');
    mkdirSync(site, { recursive: true });
    const thread = await SearchIndexThread.start(content);
    await thread.page({
      url: '/',
      html: html('Home', '<p>Peace plan for Ukraine.</p>'),
      where: 'index.html',
    });
    await thread.page({
      url: '/timeline/',
      html: html(
        'Timeline',
        '<ol><li id="strike" data-search-entry="event"><h3>Strike on Kyiv</h3><p>Missiles hit Kyiv.</p></li></ol>',
      ),
      where: 'timeline/index.html',
    });
    const report = await thread.finish(site);
    expect(report).toEqual({ pages: 2, entries: 1, spellings: { en: 7, uk: 7 } });
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 60_000);

  it('fails with the message of the worker when no page is marked for search', async () => {
    const thread = await SearchIndexThread.start(content);
    await thread.page({ url: '/', html: html('Home', '<p>x</p>', false), where: 'index.html' });
    await expect(thread.finish(join(root, 'none'))).rejects.toThrow(/data-pagefind-body/);
  }, 60_000);
});
