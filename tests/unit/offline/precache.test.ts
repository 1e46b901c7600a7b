import { describe, expect, it } from 'vitest';
import { injectSavedNotice } from '../../../src/offline/client/saved-notice.ts';
import {
  buildVersion,
  CACHE_PREFIX,
  cachePrefix,
  isSearchUrl,
  offlineBuild,
  precacheUrls,
  serviceWorkerSource,
} from '../../../src/offline/precache.ts';

/** Run a bundled worker against a fake scope; returns its listeners and what it saved. */
function runWorker(source: string) {
  const listeners = new Map<string, (event: object) => void>();
  const saved: string[] = [];
  const cache = {
    match: async () => undefined,
    put: async (url: string) => void saved.push(url),
  };
  const scope = {
    addEventListener: (type: string, listener: (event: object) => void) =>
      listeners.set(type, listener),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
    location: { origin: 'https://example.org' },
    navigator: {},
  };
  const caches = { open: async () => cache, keys: async () => [], delete: async () => true };
  const fetch = async () => new Response('ok', { status: 200 });
  new Function('self', 'caches', 'fetch', source)(scope, caches, fetch);
  return { listeners, saved };
}

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

  it('bundles the typed worker module with its versioned cache and its list of files', async () => {
    const source = await serviceWorkerSource(offlineBuild('abc123def456', ['/', '/the-plan/']));
    expect(source).not.toMatch(/^\s*(import|export)\b/m);
    expect(source).toContain(`"${cachePrefix()}abc123def456"`);
    const { listeners, saved } = runWorker(source);
    expect([...listeners.keys()].sort()).toEqual(['activate', 'fetch', 'install']);
    let installed: Promise<unknown> = Promise.resolve();
    listeners.get('install')?.({ waitUntil: (p: Promise<unknown>) => (installed = p) });
    await installed;
    expect(saved.sort()).toEqual(['/', '/the-plan/']);
  });

  it('leaves search out of the first visit and saves it when search is first used', () => {
    expect(isSearchUrl('/pagefind/pagefind.js')).toBe(true);
    expect(isSearchUrl('/_astro/search-ui.BahYhHDa.js')).toBe(true);
    expect(isSearchUrl('/_astro/BaseLayout.D-apLKvS.css')).toBe(false);
    expect(isSearchUrl('/search/')).toBe(false);
    expect(offlineBuild('v', ['/', '/pagefind/pagefind.js'])).toEqual({
      cache: `${cachePrefix()}v`,
      prefix: cachePrefix(),
      base: '',
      precache: ['/'],
      searchFiles: ['/pagefind/pagefind.js'],
    });
  });

  it('saves the files under the base of a site served at a sub-path, in caches of its own', async () => {
    const build = offlineBuild('v', ['/', '/the-plan/', '/pagefind/pagefind.js'], '/repo/');
    expect(build).toEqual({
      cache: `${cachePrefix('/repo')}v`,
      prefix: cachePrefix('/repo'),
      base: '/repo',
      precache: ['/repo/', '/repo/the-plan/'],
      searchFiles: ['/repo/pagefind/pagefind.js'],
    });
    // A copy at the root and one under /repo/ share an origin: neither prefix starts the other.
    expect(cachePrefix('/repo').startsWith(cachePrefix())).toBe(false);
    expect(cachePrefix().startsWith(cachePrefix('/repo'))).toBe(false);
    expect(cachePrefix('/repo').startsWith(CACHE_PREFIX)).toBe(true);
    const { listeners, saved } = runWorker(await serviceWorkerSource(build));
    let installed: Promise<unknown> = Promise.resolve();
    listeners.get('install')?.({ waitUntil: (p: Promise<unknown>) => (installed = p) });
    await installed;
    expect(saved.sort()).toEqual(['/repo/', '/repo/the-plan/']);
  });
});
