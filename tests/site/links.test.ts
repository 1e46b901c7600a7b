import { describe, expect, it } from 'vitest';
import { BASE, fileForPath, pages, readDist, served, shown, SITE_ORIGIN } from './helpers/dist.ts';
import { brokenLinks, brokenReason } from './helpers/links.ts';
import { LOCALES, localisePath, splitLocale } from '../../src/i18n/locales.ts';
import { withoutBase } from '../../src/shared/urls.ts';

/** The Atom feed of each language. */
const FEEDS = LOCALES.map((l) => localisePath('/updates.xml', l.code).slice(1));

/** The links inside the entries of a feed (HTML escaped in `<content>`). */
function entryLinks(file: string): string[] {
  const feed = readDist(file)?.toString('utf8') ?? '';
  return [...feed.matchAll(/<content type="html">([\s\S]*?)<\/content>/g)].flatMap((m) =>
    [...unescapeXml(m[1] ?? '').matchAll(/\shref="([^"]*)"/g)].map((h) => h[1] ?? ''),
  );
}

const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('links in the built site', () => {
  it('every internal link, resource and #anchor on every page resolves', () => {
    const broken = pages().flatMap(brokenLinks);
    const lines = broken.map(
      (b) => `${shown(b.page)}:${b.line}: ${b.where} "${b.url}": ${b.reason}.`,
    );
    expect(lines, 'Fix the link in the content or component that writes it.').toEqual([]);
  });

  it('every URL in the sitemap and the feeds of every language is served by the build', () => {
    const index = readDist('sitemap-index.xml')?.toString('utf8');
    expect(
      index,
      'dist/sitemap-index.xml is missing: is @astrojs/sitemap configured?',
    ).toBeDefined();
    const sitemaps = [...(index ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    const locs = sitemaps.flatMap((loc) => {
      const xml = readDist(new URL(loc).pathname.slice(served('/').length))?.toString('utf8') ?? '';
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    });
    const feedLinks = FEEDS.flatMap((file) => {
      const feed = readDist(file)?.toString('utf8') ?? '';
      expect(feed, `dist/${file} is missing`).toContain('<feed');
      return [...feed.matchAll(/<link[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
    });
    expect(locs.length, 'the sitemap lists no pages').toBeGreaterThan(0);
    const problems = [...locs, ...feedLinks, ...FEEDS.flatMap(entryLinks)]
      .map((loc) => new URL(loc.replace(/&amp;/g, '&'), SITE_ORIGIN))
      .filter((url) => url.origin === SITE_ORIGIN)
      .map((url) => [url.href, brokenReason(url)] as const)
      .filter(([, reason]) => reason !== undefined)
      .map(([href, reason]) => `${href}: ${reason}`);
    expect(problems).toEqual([]);
  });

  it('writes the links of feed entries as absolute URLs into the feed’s own edition', () => {
    expect(FEEDS.flatMap(entryLinks).length, 'no feed entry links anywhere').toBeGreaterThan(0);
    const problems = FEEDS.flatMap((file) => {
      const code = splitLocale(`/${file}`).code;
      return entryLinks(file).flatMap((href) => {
        if (!/^https?:\/\//.test(href))
          return [
            `dist/${file}: entry link "${href}" is not absolute; feed readers resolve it against the domain`,
          ];
        const url = new URL(href);
        if (url.origin !== SITE_ORIGIN) return [];
        const lang = splitLocale(withoutBase(BASE, url.pathname)).code;
        return lang === code
          ? []
          : [`dist/${file}: entry link "${href}" leads to the "${lang}" edition, not "${code}"`];
      });
    });
    expect(problems).toEqual([]);
  });

  it('serves pages, data files, the feed and folders the way static hosts do', () => {
    expect(fileForPath(served('/'))).toBe('index.html');
    expect(fileForPath(served('/updates.xml'))).toBe('updates.xml');
    expect(fileForPath(served('/404.html'))).toBe('404.html');
    expect(fileForPath(served('/no-such-page/'))).toBeUndefined();
    const page = pages().find((p) => p.url !== '/' && p.url.endsWith('/'));
    expect(page, 'the build has no page in a folder').toBeDefined();
    const url = page?.url ?? served('/');
    expect(fileForPath(url)).toBe(page?.file);
    expect(brokenReason(new URL(url.slice(0, -1), SITE_ORIGIN))).toMatch(/trailing slash/);
    expect(brokenReason(new URL(`${url}#no-such-id`, SITE_ORIGIN))).toMatch(/no element with id/);
  });

  it.runIf(BASE !== '')('under a sub-path, names a link that leaves it', () => {
    const outside = new URL('/the-plan/', SITE_ORIGIN);
    expect(brokenReason(outside)).toMatch(/is outside .+, the path the site is served under/);
    expect(fileForPath('/index.html')).toBeUndefined();
    const page = pages().find((p) => p.url === served('/'));
    expect(page, `no home page at ${served('/')}`).toBeDefined();
    const escaping = {
      ...page!,
      html: page!.html.replace('</main>', '<a href="/the-plan/">x</a></main>'),
    };
    expect(brokenLinks(escaping).map((b) => `${b.page} ${b.url}`)).toContain(
      'index.html /the-plan/',
    );
  });
});
