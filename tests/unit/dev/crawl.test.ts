import { describe, expect, it } from 'vitest';
import { crawlPages, pageLinks } from '../../../src/dev/crawl.ts';

describe('pageLinks', () => {
  it('keeps the site pages a page links to, without anchors, queries or files', () => {
    const html =
      '<a href="/timeline/#geneva">a</a><a href="/timeline/">b</a><a href="../actors/x/?q=1">c</a>' +
      '<a href="/updates.xml">feed</a><a href="/data/events.csv">csv</a><a href="https://example.org/">out</a>' +
      '<a href="/pagefind/x/">index</a><a href="/_astro/y/">asset</a><link href="/glossary/">';
    expect(pageLinks(html, 'http://localhost:4321/the-plan/')).toEqual([
      '/actors/x/',
      '/timeline/',
    ]);
  });

  it('decodes percent-encoded paths so a page is fetched once', () => {
    const html = '<a href="/caf%C3%A9/">x</a><a href="/café/">y</a>';
    expect(pageLinks(html, 'http://localhost:4321/')).toEqual(['/café/']);
  });
});

describe('crawlPages', () => {
  const site: Record<string, string> = {
    '/': '<a href="/a/">A</a><a href="/broken/">broken</a>',
    '/a/': '<a href="/b/">B</a><a href="/">home</a>',
    '/b/': '<a href="/a/">A</a>',
    '/orphan/': 'only reached as a seed',
  };
  const fetchPage = async (url: string) => {
    const path = new URL(url).pathname;
    const html = site[path];
    return html === undefined
      ? new Response('boom', { status: 500, headers: { 'content-type': 'text/html' } })
      : new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  };

  it('fetches every page the seeds lead to, once each, and names the ones that failed', async () => {
    const fetched: string[] = [];
    const { pages, skipped } = await crawlPages(
      'http://localhost:4321',
      ['/', '/orphan/'],
      (url) => {
        fetched.push(url);
        return fetchPage(url);
      },
      2,
    );
    expect(pages.map((p) => p.url)).toEqual(['/', '/a/', '/b/', '/orphan/']);
    expect(pages.find((p) => p.url === '/b/')?.html).toBe(site['/b/']);
    expect(skipped).toEqual(['/broken/ (500)']);
    // Each page once, except the one that failed: a server error is tried a second time.
    const broken = fetched.filter((url) => url.endsWith('/broken/'));
    expect(broken.length).toBe(2);
    expect(fetched.length - 1).toBe(new Set(fetched).size);
  });

  it('leaves out answers that are not HTML', async () => {
    const { pages, skipped } = await crawlPages(
      'http://x',
      ['/feed/'],
      async () => new Response('{}', { headers: { 'content-type': 'application/json' } }),
    );
    expect(pages).toEqual([]);
    expect(skipped).toEqual(['/feed/ (200)']);
  });
});
