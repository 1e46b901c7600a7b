import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { injectSavedNotice } from '../../../src/offline/client/saved-notice.ts';
import { offlinePage } from '../../../src/offline/client/offline-page.ts';
import {
  editionOf,
  FIRST_VISIT_BUDGET,
  isEarlierCache,
  languageOfPath,
  missing,
  offlineCacheName,
  revisionDiff,
  shellFor,
  totalBytes,
} from '../../../src/offline/client/plan.ts';
import {
  buildManifest,
  firstVisitBytes,
  nextLink,
  pageFacts,
  pageTitle,
  sentBytes,
  shellProblems,
  type BuiltFile,
} from '../../../src/offline/manifest.ts';
import { isSearchUrl, precacheUrls, serviceWorkerSource } from '../../../src/offline/precache.ts';

const LANGS = [
  { code: 'en', lang: 'en-GB' },
  { code: 'uk', lang: 'uk' },
];
const encoder = new TextEncoder();

const WORDS = [
  'talks',
  'plan',
  'Geneva',
  'envoy',
  'draft',
  'points',
  'troops',
  'sanctions',
  'NATO',
  'Kyiv',
];

/**
 * A page of about `kb` KB of varied text (it compresses as prose does), with a "next" link, as
 * built for a site served under `base`.
 */
function pageHtml(title: string, next: string | undefined, kb = 40, seed = 1, base = ''): string {
  const words: string[] = [];
  let state = seed * 2654435761;
  for (let length = 0; length < kb * 1024;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const word = `${WORDS[state % WORDS.length]}${state % 997}`;
    words.push(word);
    length += word.length + 1;
  }
  const link = next ? `<a class="next" href="${base}${next}" rel="next">Next</a>` : '';
  return `<html><head><title>${title} | Site</title><link rel="stylesheet" href="${base}/_astro/a.css"></head><body><main>${words.join(' ')}</main>${link}</body></html>`;
}

/**
 * A generated build: a reading order of 12 pages in each language, `extra` more pages in English
 * outside it, styles, scripts, downloads and a search index; its links under `base`.
 */
function syntheticBuild(extra: number, base = ''): BuiltFile[] {
  const files: BuiltFile[] = [];
  const add = (path: string, text: string) => files.push({ path, content: encoder.encode(text) });
  for (const [prefix, lang] of [
    ['', 'en'],
    ['uk/', 'uk'],
  ] as const) {
    for (let i = 0; i < 12; i++) {
      const next = i < 11 ? `/${prefix}page-${i + 1}/` : undefined;
      add(
        i === 0 ? `${prefix}index.html` : `${prefix}page-${i}/index.html`,
        pageHtml(`${lang} ${i}`, next, 30, i + 1, base),
      );
    }
    add(`${prefix}data/events.csv`, 'a,b\n'.repeat(2000));
  }
  for (let i = 0; i < extra; i++)
    add(`extra-${i}/index.html`, pageHtml(`Extra ${i}`, undefined, 4, i + 100));
  add('_astro/a.css', 'body{color:red}'.repeat(1000));
  add('_astro/loader.js', 'console.log(1);'.repeat(500));
  add('pagefind/pagefind.js', 'x'.repeat(5000));
  add('_astro/search-ui.js', 'y'.repeat(5000));
  add('404.html', pageHtml('Not found', undefined, 2));
  add('social/index.png', 'png');
  return files;
}

describe('the offline manifest', () => {
  it('keeps every file readers may need, under the address readers use', () => {
    expect(
      precacheUrls([
        'index.html',
        'the-plan/index.html',
        '404.html',
        '_astro/a.css',
        'pagefind/pagefind.js',
        'sw.js',
        'robots.txt',
        'sitemap-index.xml',
        '_headers',
        '_astro/a.js.map',
        'data/events.csv',
        'social/the-plan.png',
        'social/uk/index.png',
      ]),
    ).toEqual([
      '/',
      '/404.html',
      '/_astro/a.css',
      '/data/events.csv',
      '/pagefind/pagefind.js',
      '/the-plan/',
    ]);
  });

  it('takes the files from a generator, reading each once, into the manifest a list gives', () => {
    const files = syntheticBuild(2);
    let read = 0;
    function* oneByOne() {
      for (const file of files) {
        read += 1;
        yield file;
      }
    }
    expect(buildManifest(oneByOne(), LANGS)).toEqual(buildManifest(files, LANGS));
    expect(read).toBe(files.length);
  });

  it('gives each file a revision from its content, its gzip size, group, language and title', () => {
    const manifest = buildManifest(syntheticBuild(2), LANGS);
    const byUrl = new Map(manifest.files.map((f) => [f.url, f]));
    expect(byUrl.get('/uk/page-3/')).toMatchObject({
      group: 'page',
      lang: 'uk',
      title: 'uk 3 | Site',
    });
    expect(byUrl.get('/uk/data/events.csv')).toMatchObject({ group: 'file', lang: 'uk' });
    expect(byUrl.get('/_astro/a.css')).toMatchObject({ group: 'asset' });
    expect(byUrl.get('/_astro/a.css')?.lang).toBeUndefined();
    expect(byUrl.get('/pagefind/pagefind.js')?.group).toBe('search');
    expect(byUrl.has('/social/index.png')).toBe(false);
    const css = byUrl.get('/_astro/a.css')!;
    expect(css.bytes).toBeGreaterThan(0);
    expect(css.bytes).toBeLessThan(15_000);
    expect(manifest.readingOrder['en']).toEqual([
      '/',
      ...Array.from({ length: 11 }, (_, i) => `/page-${i + 1}/`),
    ]);
    expect(manifest.readingOrder['uk']?.[1]).toBe('/uk/page-1/');
    expect(manifest.stylesheets).toEqual(['/_astro/a.css']);

    // Changing one page changes that page's revision alone.
    const changed = syntheticBuild(2).map((f) =>
      f.path === 'page-4/index.html'
        ? { ...f, content: encoder.encode(pageHtml('en 4', '/page-5/', 30, 99)) }
        : f,
    );
    const next = buildManifest(changed, LANGS);
    const saved = new Map(manifest.files.map((f) => [f.url, f.rev]));
    const diff = revisionDiff(saved, next);
    expect(diff.changed).toEqual(['/page-4/']);
    expect(diff.gone).toEqual([]);
    expect(diff.kept).toHaveLength(manifest.files.length - 1);
    expect(missing(next.files, saved).map((f) => f.url)).toEqual(['/page-4/']);
    // A file the new build no longer has is deleted.
    const fewer = buildManifest(
      changed.filter((f) => f.path !== 'extra-1/index.html'),
      LANGS,
    );
    expect(revisionDiff(saved, fewer).gone).toEqual(['/extra-1/']);
  });

  it('counts a file already compressed with gzip at its own size, as a host sends it', () => {
    const text = new TextEncoder().encode('word '.repeat(1000));
    const compressed = new Uint8Array(gzipSync(text));
    expect(sentBytes(compressed)).toBe(compressed.byteLength);
    expect(sentBytes(text)).toBe(gzipSync(text).length);
  });

  it('reads titles and next links as the pages write them', () => {
    expect(pageTitle('<title>Actors &amp; sides &#8211; “x” &#x27;y&#x27;</title>')).toBe(
      "Actors & sides – “x” 'y'",
    );
    expect(nextLink('<a class="next" href="../b/" rel="next" data-x>', '/uk/a/')).toBe('/uk/b/');
    expect(nextLink('<a href="/b/">', '/a/')).toBeUndefined();
  });

  it('reads a page’s title and next link from its head and the link’s own tag', () => {
    const page = (body: string) =>
      encoder.encode(
        `<!doctype html><html><head><title>Київ &amp; Kyiv</title></head><body>${body}</body></html>`,
      );
    const prevNext =
      '<link rel="next" href="/no/"><a href="/z/" rel="prev">Назад</a> <a class="next" href="../b/" rel="next">Далі</a>';
    expect(pageFacts(page(prevNext), '/uk/a/')).toEqual({ title: 'Київ & Kyiv', next: '/uk/b/' });
    expect(pageFacts(page('<p>rel="next"</p>'), '/a/')).toEqual({ title: 'Київ & Kyiv' });
  });
});

describe('a site served under a sub-path', () => {
  it('lists every file at its address under the base, in the language after the base', () => {
    const manifest = buildManifest(syntheticBuild(1, '/repo'), LANGS, undefined, '/repo/');
    const urls = manifest.files.map((f) => f.url);
    expect(manifest.base).toBe('/repo');
    expect(urls.filter((u) => !u.startsWith('/repo/'))).toEqual([]);
    const byUrl = new Map(manifest.files.map((f) => [f.url, f]));
    expect(byUrl.get('/repo/uk/page-3/')).toMatchObject({ group: 'page', lang: 'uk' });
    expect(byUrl.get('/repo/uk/data/events.csv')).toMatchObject({ group: 'file', lang: 'uk' });
    expect(byUrl.get('/repo/data/events.csv')).toMatchObject({ group: 'file', lang: 'en' });
    expect(byUrl.get('/repo/_astro/a.css')).toMatchObject({ group: 'asset' });
    expect(byUrl.get('/repo/pagefind/pagefind.js')?.group).toBe('search');
    expect(manifest.readingOrder['en']?.slice(0, 2)).toEqual(['/repo/', '/repo/page-1/']);
    expect(manifest.readingOrder['uk']).toHaveLength(12);
    expect(manifest.readingOrder['uk']?.slice(0, 2)).toEqual(['/repo/uk/', '/repo/uk/page-1/']);
    expect(manifest.stylesheets).toEqual(['/repo/_astro/a.css']);
    expect(shellProblems(manifest)).toEqual([]);
    // Saving the Ukrainian edition takes the Ukrainian pages and files, and what all share.
    const uk = editionOf(manifest, 'uk').map((f) => f.url);
    expect(uk).toEqual(expect.arrayContaining(['/repo/uk/page-11/', '/repo/pagefind/pagefind.js']));
    expect(uk).not.toContain('/repo/data/events.csv');
    expect(uk).not.toContain('/repo/extra-0/');
    const shell = shellFor(manifest, 'uk', ['/repo/uk/page-4/']).map((f) => f.url);
    expect(shell).toEqual(expect.arrayContaining(manifest.readingOrder['uk']!));
  });

  it('finds the language after the base, even when the base looks like a language', () => {
    const codes = ['en', 'uk'];
    expect(languageOfPath('/repo/uk/the-plan/', codes, '/repo')).toBe('uk');
    expect(languageOfPath('/repo/the-plan/', codes, '/repo')).toBe('en');
    expect(languageOfPath('/uk/the-plan/', codes, '/uk')).toBe('en');
    expect(languageOfPath('/uk/uk/the-plan/', codes, '/uk')).toBe('uk');
  });

  it('keeps one cache per copy of the site on an origin, and deletes only earlier versions', () => {
    expect(offlineCacheName('')).toBe('ppe-offline-files');
    expect(offlineCacheName('/repo')).toBe('ppe-offline-files:/repo');
    expect(isEarlierCache('ppe-offline-abc123def456')).toBe(true);
    expect(isEarlierCache(offlineCacheName(''))).toBe(false);
    expect(isEarlierCache(offlineCacheName('/repo'))).toBe(false);
    expect(isEarlierCache('another-site')).toBe(false);
  });
});

describe('the first visit', () => {
  it.each([37, 2000])(
    'saves ahead the same bounded shell at %i pages: styles, scripts, reading order, the page read',
    (pages) => {
      const manifest = buildManifest(syntheticBuild(pages - 24), LANGS);
      expect(manifest.files.filter((f) => f.group === 'page').length).toBeGreaterThanOrEqual(pages);
      const shell = shellFor(manifest, 'en', ['/extra-5/']);
      const urls = shell.map((f) => f.url);
      expect(totalBytes(shell)).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
      expect(urls).toEqual(
        expect.arrayContaining([
          '/_astro/a.css',
          '/_astro/loader.js',
          '/extra-5/',
          ...manifest.readingOrder['en']!,
        ]),
      );
      expect(urls.filter((u) => u.startsWith('/extra-'))).toEqual(['/extra-5/']);
      expect(urls.some((u) => u.startsWith('/uk/') || isSearchUrl(u) || u.includes('/data/'))).toBe(
        false,
      );
      expect(firstVisitBytes(manifest)['en']).toBe(
        totalBytes(shellFor(buildManifest(syntheticBuild(13), LANGS), 'en', ['/'])),
      );
      // The reader's language: the Ukrainian reading order for a reader of /uk/.
      const uk = shellFor(manifest, 'uk', ['/uk/']).map((f) => f.url);
      expect(uk).toEqual(expect.arrayContaining(manifest.readingOrder['uk']!));
      expect(uk.filter((u) => !u.startsWith('/_astro/') && !u.startsWith('/uk/'))).toEqual([]);
    },
    30_000,
  );

  it('leaves out what does not fit the budget, and the build says what to change', () => {
    const manifest = { ...buildManifest(syntheticBuild(0), LANGS), budget: 60 * 1024 };
    const shell = shellFor(manifest, 'en', ['/']);
    expect(totalBytes(shell)).toBeLessThanOrEqual(60 * 1024);
    expect(shell.length).toBeLessThan(14);
    expect(shellProblems(manifest)[0]).toMatch(
      /^src\/offline\/manifest\.ts: \/page-\d+\/ does not fit in the first visit's budget of 60 KB gzip for "en"; .*FIRST_VISIT_BUDGET/,
    );
    expect(shellProblems(buildManifest(syntheticBuild(0), LANGS))).toEqual([]);
  });

  it('offers the whole edition of one language, with what every language shares', () => {
    const manifest = buildManifest(syntheticBuild(3), LANGS);
    const uk = editionOf(manifest, 'uk').map((f) => f.url);
    expect(uk).toContain('/uk/page-11/');
    expect(uk).toContain('/uk/data/events.csv');
    expect(uk).toContain('/pagefind/pagefind.js');
    expect(uk).toContain('/_astro/a.css');
    expect(uk.some((u) => u.startsWith('/extra-') || u === '/data/events.csv')).toBe(false);
  });
});

describe('what the worker shows', () => {
  it('puts the saved-copy notice first in the body, with the date it was saved', () => {
    const html = injectSavedNotice(
      '<html><body class="x"><main>Hi</main></body></html>',
      '2025-11-25T09:30:00Z',
    );
    expect(html).toMatch(
      /^<html><body class="x"><div class="saved-copy" role="status"><p><strong>You are reading a saved copy<\/strong> \(saved on 25 November 2025[^)]*\)\./,
    );
    expect(html).toContain('<main>Hi</main>');
    expect(injectSavedNotice('<body>', 'not a date')).toContain('(saved on an earlier visit)');
    expect(injectSavedNotice('<body>', 'not a date', 'uk')).toContain('Ви читаєте збережену копію');
  });

  it('offline, lists the saved pages with links instead of an error, in the reader’s language', () => {
    const html = offlinePage({
      lang: 'uk',
      htmlLang: 'uk',
      requested: '/uk/<x>/',
      stylesheets: ['/_astro/a.css'],
      saved: [{ url: '/uk/the-plan/', title: 'План & <b>' }],
      searchSaved: false,
    });
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain('<link rel="stylesheet" href="/_astro/a.css">');
    expect(html).toContain('<code>/uk/&lt;x&gt;/</code>');
    expect(html).toContain('<a href="/uk/the-plan/">План &amp; &lt;b&gt;</a>');
    expect(html).toContain('Пошук не збережено');
    const empty = offlinePage({
      lang: 'en',
      htmlLang: 'en-GB',
      requested: '/a/',
      stylesheets: [],
      saved: [],
      searchSaved: true,
    });
    expect(empty).toContain('No page of this edition is saved yet.');
    expect(empty).toContain('Search works offline');
  });

  it('bundles the typed worker into one classic script with the manifest', async () => {
    const manifest = buildManifest(syntheticBuild(0), LANGS);
    const source = await serviceWorkerSource(manifest);
    expect(source).not.toMatch(/^\s*(import|export)\b/m);
    expect(source).toContain('"/uk/page-11/"');
    const underBase = await serviceWorkerSource(
      buildManifest(syntheticBuild(0, '/repo'), LANGS, undefined, '/repo'),
    );
    expect(underBase).toContain('"/repo/uk/page-11/"');
    expect(underBase).not.toContain('"/uk/page-11/"');
    const listeners = new Set<string>();
    new Function('self', 'caches', 'fetch', source)(
      {
        addEventListener: (type: string) => listeners.add(type),
        location: { origin: 'https://example.org' },
        navigator: {},
      },
      {},
      () => undefined,
    );
    expect([...listeners].sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  }, 30_000);
});
