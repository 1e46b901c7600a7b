import { describe, expect, it } from 'vitest';
import { rebaseHtml } from '../../../src/site/base-path.ts';

describe('rebaseHtml', () => {
  it('puts the base in front of every root-relative URL in the markup', () => {
    const html =
      '<a href="/the-plan/#x">a</a><img src="/social/x.png" srcset="/a.png 1x, /b.png 2x">' +
      '<form action="/search/" method="get"></form><a href="/">home</a>' +
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml">' +
      '<meta property="og:image" content="/social/index.png">';
    expect(rebaseHtml(html, '/repo/')).toBe(
      '<a href="/repo/the-plan/#x">a</a><img src="/repo/social/x.png" srcset="/repo/a.png 1x, /repo/b.png 2x">' +
        '<form action="/repo/search/" method="get"></form><a href="/repo/">home</a>' +
        '<link rel="icon" href="/repo/favicon.svg" type="image/svg+xml">' +
        '<meta property="og:image" content="/repo/social/index.png">',
    );
  });

  it('leaves absolute, protocol-relative, relative, fragment and already-based URLs alone', () => {
    const html =
      '<a href="https://example.org/x/">x</a><a href="//cdn.example/y">y</a><a href="#ref-1">1</a>' +
      '<a href="../up/">up</a><script type="module" src="/repo/_astro/page.js"></script>' +
      '<a class="search-button" href="/search/" aria-keyshortcuts="/ Control+K">s</a>' +
      '<meta name="description" content="/not a url">';
    expect(rebaseHtml(html, '/repo')).toBe(html.replace('href="/search/"', 'href="/repo/search/"'));
  });

  it('does not touch the text of scripts and styles, nor a ">" inside an attribute', () => {
    const html =
      '<script>if (a<b && c>d) location.href = "/x/";</script><style>a[href="/"]{}</style>' +
      '<a title="1 > 0" href="/y/">y</a>';
    expect(rebaseHtml(html, '/repo')).toBe(html.replace('href="/y/"', 'href="/repo/y/"'));
  });

  it('changes nothing at the root of a domain', () => {
    const html = '<a href="/the-plan/">x</a>';
    expect(rebaseHtml(html, '/')).toBe(html);
    expect(rebaseHtml(html, '')).toBe(html);
  });
});
