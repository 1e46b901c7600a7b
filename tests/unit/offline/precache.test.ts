import { describe, expect, it } from 'vitest';
import {
  buildVersion,
  CACHE_PREFIX,
  injectSavedNotice,
  isSearchUrl,
  precacheUrls,
  serviceWorkerSource,
} from '../../../src/offline/precache.ts';

describe('the offline service worker', () => {
  it('saves every page under the address readers use, and skips what readers never need', () => {
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

  it('names its cache after the build: same build, same name; any change, a new one', () => {
    const files = [
      { path: 'a.html', sha256: '1' },
      { path: 'b.css', sha256: '2' },
    ];
    const version = buildVersion(files);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(buildVersion([...files].reverse())).toBe(version);
    expect(buildVersion([files[0]!, { path: 'b.css', sha256: '3' }])).not.toBe(version);
    expect(buildVersion([files[0]!])).not.toBe(version);
  });

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
  });

  it('writes a worker that parses, with its versioned cache and its list of files', () => {
    const source = serviceWorkerSource('abc123def456', ['/', '/the-plan/']);
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain(`const CACHE = "${CACHE_PREFIX}abc123def456";`);
    expect(source).toContain('const PRECACHE = ["/","/the-plan/"];');
  });

  it('leaves search out of the first visit and saves it when search is first used', () => {
    expect(isSearchUrl('/pagefind/pagefind.js')).toBe(true);
    expect(isSearchUrl('/_astro/search-ui.BahYhHDa.js')).toBe(true);
    expect(isSearchUrl('/_astro/BaseLayout.D-apLKvS.css')).toBe(false);
    expect(isSearchUrl('/search/')).toBe(false);
    const source = serviceWorkerSource('abc123def456', ['/', '/pagefind/pagefind.js']);
    expect(source).toContain('const PRECACHE = ["/"];');
    expect(source).toContain('const SEARCH_FILES = ["/pagefind/pagefind.js"];');
  });
});
