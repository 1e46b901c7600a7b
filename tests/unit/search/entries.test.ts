import { describe, expect, it } from 'vitest';
import {
  entryDocument,
  entryRecords,
  extractEntries,
  indexedText,
  spaceBlocks,
  withMetadata,
  withoutSvgContent,
} from '../../../src/search/entries.ts';
import { ENTRY_HOME, kindFilter } from '../../../src/search/kinds.ts';

const page = (body: string, searchable = true) =>
  `<!doctype html><html><head><title>Timeline · Site</title></head><body>
  <header data-pagefind-ignore><li id="nav" data-search-entry="event">Not content</li></header>
  <main ${searchable ? 'data-pagefind-body' : ''}><h1 data-pagefind-meta="title">Timeline</h1>${body}</main></body></html>`;

describe('extractEntries', () => {
  it('reads each marked entry with its kind, id, title and text blocks', () => {
    const { title, entries } = extractEntries(
      page(`<ol>
        <li id="geneva" data-search-entry="event" data-search-title="Geneva talks">
          <p class="when">23 November 2025 · Geneva</p>
          <h3>Geneva talks <span class="badge">Reported</span></h3>
          <p>Negotiators met. <sup><a href="#s">1</a></sup></p>
          <svg><text>diagram</text></svg><span aria-hidden="true">#</span>
        </li></ol>
        <dl><div id="kyiv" data-search-entry="term"><dt>Kyiv</dt><dd><p>Also written: Kiev</p></dd></div></dl>
        <table><tr id="cap" data-search-entry="provision"><th>Cap on forces <a aria-hidden="true">#</a></th><td>600,000</td></tr></table>`),
    );
    expect(title).toBe('Timeline');
    expect(entries).toEqual([
      {
        kind: 'event',
        id: 'geneva',
        title: 'Geneva talks',
        blocks: ['23 November 2025 · Geneva', 'Geneva talks Reported', 'Negotiators met. 1'],
      },
      { kind: 'term', id: 'kyiv', title: 'Kyiv', blocks: ['Kyiv', 'Also written: Kiev'] },
      {
        kind: 'provision',
        id: 'cap',
        title: 'Cap on forces',
        blocks: ['Cap on forces', '600,000'],
      },
    ]);
  });

  it('ignores entries outside the indexed content and pages left out of search', () => {
    expect(extractEntries(page('<p>No entries</p>')).entries).toEqual([]);
    const hidden = '<li id="a" data-search-entry="event"><h3>A</h3></li>';
    expect(extractEntries(page(hidden, false)).entries).toEqual([]);
  });

  it.each([
    ['<li data-search-entry="event"><h3>A</h3></li>', /has no id/],
    ['<li id="a" data-search-entry="thing"><h3>A</h3></li>', /data-search-entry="thing"/],
    ['<li id="a" data-search-entry="event"><p>No title</p></li>', /has no title/],
  ])('explains what is wrong with %s', (entry, message) => {
    expect(() => extractEntries(page(`<ol>${entry}</ol>`), 'timeline/index.html')).toThrow(message);
    expect(() => extractEntries(page(`<ol>${entry}</ol>`), 'timeline/index.html')).toThrow(
      /timeline\/index\.html/,
    );
  });
});

describe('entryDocument', () => {
  const html = entryDocument(
    {
      kind: 'term',
      id: 'x',
      title: 'A & <B>',
      blocks: ['A & <B>', 'A & <B> reported', 'Text "q"'],
    },
    'Glossary, terms',
  );

  it('weights the title, names the page and files the entry under its kind', () => {
    expect(html).toContain(
      '<h1 data-pagefind-meta="title" data-pagefind-weight="10">A &amp; &lt;B&gt;</h1>',
    );
    expect(html).toContain('<meta data-pagefind-meta="page[content]" content="Glossary, terms">');
    expect(html).toContain(`data-pagefind-filter="${kindFilter('term')}"`);
  });

  it('escapes the text and does not repeat the title', () => {
    expect(html).toContain('<p>reported</p><p>Text &quot;q&quot;</p></main>');
    expect(html.match(/A &amp; &lt;B&gt;/g)).toHaveLength(2);
  });
});

describe('entryRecords', () => {
  const entry = { kind: 'provision' as const, id: 'cap', title: 'Cap', blocks: ['Cap'] };

  it('indexes an entry listed on several pages once, on the home page of its kind', () => {
    const records = entryRecords([
      { url: '/a-page/', title: 'A page', entries: [entry] },
      { url: ENTRY_HOME.provision, title: 'Tracker', entries: [entry] },
      { url: '/z-page/', title: 'Z page', entries: [entry] },
    ]);
    expect(records.map((r) => r.url)).toEqual([`${ENTRY_HOME.provision}#cap`]);
    expect(records[0]!.content).toContain('content="Tracker"');
  });

  it('falls back to the first page by URL when the home page does not list it', () => {
    const records = entryRecords([
      { url: '/z-page/', title: 'Z', entries: [entry] },
      { url: '/a-page/', title: 'A', entries: [entry] },
    ]);
    expect(records.map((r) => r.url)).toEqual(['/a-page/#cap']);
  });

  it("files an edition's entry under its kind in that edition's words", () => {
    const records = entryRecords([
      { url: `/uk${ENTRY_HOME.provision}`, title: 'Трекер', lang: 'uk', entries: [entry] },
      { url: ENTRY_HOME.provision, title: 'Tracker', entries: [entry] },
    ]);
    const filters = records.map((r) => r.content.match(/data-pagefind-filter="([^"]+)"/)?.[1]);
    expect(filters.sort()).toEqual([kindFilter('provision'), kindFilter('provision', 'uk')].sort());
    expect(kindFilter('provision', 'uk')).not.toBe(kindFilter('provision'));
  });
});

describe('spaceBlocks', () => {
  it('separates elements Pagefind would run together, and nothing else', () => {
    expect(spaceBlocks('<dl><dt>Role</dt><dd>President</dd></dl><p><b>a</b>b</p>')).toBe(
      '<dl><dt>Role</dt> <dd>President</dd> </dl><p><b>a</b>b</p>',
    );
  });
});

describe('indexedText', () => {
  const html =
    '<!doctype html><html lang="uk"><head><title>Head</title></head><body><header>Chrome</header>' +
    '<main data-pagefind-body><h1>Київ</h1><p>Удари по Києв<b>у</b>.</p><p>Далі</p>' +
    '<nav>Menu</nav><p data-pagefind-ignore="all">Hidden</p><sup class="cite">1</sup>' +
    '<ol class="references"><li>Ref</li></ol><div data-search-entry="term">Entry</div>' +
    '<svg><text>Diagram</text></svg></main></body></html>';

  it('reads the indexed part as Pagefind does: blocks are words apart, inline tags are not', () => {
    const { lang, text } = indexedText(html, ['[data-search-entry]', 'ol.references', 'sup.cite']);
    expect(lang).toBe('uk');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Київ', 'Удари', 'по', 'Києву.', 'Далі']);
  });

  it('refuses a selector it cannot match, naming it', () => {
    expect(() => indexedText(html, ['main > p'])).toThrow(/"main > p" is not a tag, class/);
  });
});

describe('withMetadata', () => {
  it('adds the field to the head, escaped', () => {
    expect(withMetadata('<html><head><title>T</title></head></html>', 'names', 'a "b" <c>')).toBe(
      '<html><head><title>T</title><meta data-pagefind-meta="names[content]" content="a &quot;b&quot; &lt;c&gt;"></head></html>',
    );
  });

  it('puts it first in a document without a head', () => {
    expect(withMetadata('<p>x</p>', 'names', 'kyiv')).toBe(
      '<meta data-pagefind-meta="names[content]" content="kyiv"><p>x</p>',
    );
  });
});

describe('withoutSvgContent', () => {
  const figure = `<figure><svg viewBox="0 0 10 10" aria-labelledby="t"><title id="t">Map</title>
    <text>Pokrovsk</text><foreignObject><div>label</div><svg><text>inner</text></svg></foreignObject>
    <text>after inner</text></svg><figcaption>Where the fighting is</figcaption></figure>`;

  it('takes out the inside of each SVG, nested ones with it, and keeps the rest', () => {
    expect(withoutSvgContent(`<p>Before</p>${figure}<p>After <svg/> icon</p>`)).toBe(
      '<p>Before</p><figure><svg viewBox="0 0 10 10" aria-labelledby="t"></svg><figcaption>Where the fighting is</figcaption></figure><p>After <svg/> icon</p>',
    );
  });

  it('leaves the text the index reads and the entries as they were', () => {
    const html = page(`<p>Near ${figure} the front.</p>
      <ol><li id="e1" data-search-entry="event" data-search-title="Talks"><svg><text>x</text></svg>Talks held</li></ol>`);
    const read = (h: string) => {
      const { title, lang, indexed, entries, text } = extractEntries(h);
      return { title, lang, indexed, entries, text };
    };
    expect(read(withoutSvgContent(html))).toEqual(read(html));
  });

  it('returns a page whose SVG tags do not balance as it is', () => {
    const broken = '<p>a</p><svg><g></g><p>b</p>';
    expect(withoutSvgContent(broken)).toBe(broken);
    expect(withoutSvgContent('<p>a</p></svg><p>b</p>')).toBe('<p>a</p></svg><p>b</p>');
  });

  it('does not take <svgfoo> or a word for an SVG', () => {
    const html = '<svgfoo>kept</svgfoo><p>svg is a format</p>';
    expect(withoutSvgContent(html)).toBe(html);
  });
});
