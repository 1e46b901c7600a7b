import { describe, expect, it } from 'vitest';
import { absoluteHtml, finishPageHtml, rebaseHtml } from '../../../src/site/base-path.ts';
import { localHref } from '../../../src/search/client/words.ts';

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

  it('leaves absolute, protocol-relative, relative, fragment and Astro’s own URLs alone', () => {
    const html =
      '<a href="https://example.org/x/">x</a><a href="//cdn.example/y">y</a><a href="#ref-1">1</a>' +
      '<a href="../up/">up</a><script type="module" src="/repo/_astro/page.js"></script>' +
      '<link rel="stylesheet" href="/repo/_astro/a.css">' +
      '<a class="search-button" href="/search/" aria-keyshortcuts="/ Control+K">s</a>' +
      '<meta name="description" content="/not a url">';
    expect(rebaseHtml(html, '/repo')).toBe(html.replace('href="/search/"', 'href="/repo/search/"'));
  });

  it('adds the base to a site path that starts like the base, once', () => {
    expect(rebaseHtml('<a href="/uk/the-plan/">x</a><a href="/uk/_astro/x.css">', '/uk')).toBe(
      '<a href="/uk/uk/the-plan/">x</a><a href="/uk/_astro/x.css">',
    );
    expect(rebaseHtml('<a href="/repo/x/">x</a>', '/repo')).toBe('<a href="/repo/repo/x/">x</a>');
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

describe('finishPageHtml: a page localised, then rebased', () => {
  const page =
    '<link rel="stylesheet" href="/repo/_astro/a.css">' +
    '<link rel="alternate" hreflang="en-GB" href="https://o.github.io/repo/the-plan/">' +
    '<a href="/the-plan/#sticking-points">plan</a>' +
    '<a href="/uk/glossary/#geneva">term</a>' +
    '<a href="/the-plan/" hreflang="en-GB" lang="en-GB">English</a>' +
    '<a href="/data/events.csv">csv</a>' +
    '<img src="/social/uk/the-plan.png" alt="">' +
    '<form action="/search/"></form>';

  it('puts a Ukrainian page’s links at /base/uk/… exactly once', () => {
    expect(finishPageHtml(page, 'uk', '/repo')).toBe(
      '<link rel="stylesheet" href="/repo/_astro/a.css">' +
        '<link rel="alternate" hreflang="en-GB" href="https://o.github.io/repo/the-plan/">' +
        '<a href="/repo/uk/the-plan/#sticking-points">plan</a>' +
        '<a href="/repo/uk/glossary/#geneva">term</a>' +
        // The language switch names its own language: it keeps the English page.
        '<a href="/repo/the-plan/" hreflang="en-GB" lang="en-GB">English</a>' +
        '<a href="/repo/uk/data/events.csv">csv</a>' +
        '<img src="/repo/social/uk/the-plan.png" alt="">' +
        '<form action="/repo/search/"></form>',
    );
  });

  it('never writes /uk/base/ nor /base/base/, whatever the base is called', () => {
    const atRepo = finishPageHtml(page, 'uk', '/repo');
    for (const base of ['/uk', '/the-plan', '/_astro', '/a/b']) {
      const expected = atRepo.replaceAll('"/repo/', `"${base}/`);
      // The stylesheet Astro wrote under the base stays as Astro wrote it.
      const input = page.replace('"/repo/_astro/', `"${base}/_astro/`);
      expect(finishPageHtml(input, 'uk', base)).toBe(expected);
      expect(expected).toContain(`href="${base}/uk/the-plan/#sticking-points"`);
    }
  });

  it('leaves an English page at the root as it is, and only rebases it under a sub-path', () => {
    const english = '<a href="/the-plan/">plan</a><a href="/uk/the-plan/" hreflang="uk">UA</a>';
    expect(finishPageHtml(english, 'en', '')).toBe(english);
    expect(finishPageHtml(english, 'en', '/repo')).toBe(
      '<a href="/repo/the-plan/">plan</a><a href="/repo/uk/the-plan/" hreflang="uk">UA</a>',
    );
    expect(finishPageHtml(page, 'uk', '')).toContain('<a href="/uk/the-plan/#sticking-points">');
  });
});

describe('absoluteHtml', () => {
  it('makes the root-relative links of feed entries absolute on the site, path included', () => {
    const html = '<p><a href="/uk/glossary/#geneva">Женева</a> <a href="https://x.org/">x</a></p>';
    expect(absoluteHtml(html, 'https://o.github.io/repo')).toBe(
      '<p><a href="https://o.github.io/repo/uk/glossary/#geneva">Женева</a> <a href="https://x.org/">x</a></p>',
    );
    expect(absoluteHtml('<a href="/x/">', 'https://example.org')).toBe(
      '<a href="https://example.org/x/">',
    );
  });
});

describe('localHref: the search interface’s links', () => {
  it('localises a site path, then puts the base in front, once', () => {
    expect(localHref('/glossary/', 'uk', '/repo/')).toBe('/repo/uk/glossary/');
    expect(localHref('/search/', 'en-GB', '/repo/')).toBe('/repo/search/');
    expect(localHref('/search/', 'uk', '/')).toBe('/uk/search/');
    expect(localHref('/glossary/', 'uk', '/uk/')).toBe('/uk/uk/glossary/');
  });
});
