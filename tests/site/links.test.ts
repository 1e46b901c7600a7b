import { describe, expect, it } from 'vitest';
import { fileForPath, pages, readDist, shown, SITE_ORIGIN } from './helpers/dist.ts';
import { brokenLinks, brokenReason } from './helpers/links.ts';

describe('links in the built site', () => {
  it('every internal link, resource and #anchor on every page resolves', () => {
    const broken = pages().flatMap(brokenLinks);
    const lines = broken.map(
      (b) => `${shown(b.page)}:${b.line}: ${b.where} "${b.url}": ${b.reason}.`,
    );
    expect(lines, 'Fix the link in the content or component that writes it.').toEqual([]);
  });

  it('every URL in the sitemap and the feed is served by the build', () => {
    const index = readDist('sitemap-index.xml')?.toString('utf8');
    expect(
      index,
      'dist/sitemap-index.xml is missing: is @astrojs/sitemap configured?',
    ).toBeDefined();
    const sitemaps = [...(index ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    const locs = sitemaps.flatMap((loc) => {
      const xml = readDist(new URL(loc).pathname.slice(1))?.toString('utf8') ?? '';
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    });
    const feed = readDist('updates.xml')?.toString('utf8') ?? '';
    const feedLinks = [...feed.matchAll(/<link[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(locs.length, 'the sitemap lists no pages').toBeGreaterThan(0);
    const problems = [...locs, ...feedLinks]
      .map((loc) => new URL(loc.replace(/&amp;/g, '&'), SITE_ORIGIN))
      .filter((url) => url.origin === SITE_ORIGIN)
      .map((url) => [url.href, brokenReason(url)] as const)
      .filter(([, reason]) => reason !== undefined)
      .map(([href, reason]) => `${href}: ${reason}`);
    expect(problems).toEqual([]);
  });

  it('serves pages, data files, the feed and folders the way static hosts do', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/updates.xml')).toBe('updates.xml');
    expect(fileForPath('/404.html')).toBe('404.html');
    expect(fileForPath('/no-such-page/')).toBeUndefined();
    const page = pages().find((p) => p.url !== '/' && p.url.endsWith('/'));
    expect(page, 'the build has no page in a folder').toBeDefined();
    const url = page?.url ?? '/';
    expect(fileForPath(url)).toBe(page?.file);
    expect(brokenReason(new URL(url.slice(0, -1), SITE_ORIGIN))).toMatch(/trailing slash/);
    expect(brokenReason(new URL(`${url}#no-such-id`, SITE_ORIGIN))).toMatch(/no element with id/);
  });
});
