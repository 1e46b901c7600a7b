import { describe, expect, it } from 'vitest';
import {
  codeFrameHtml,
  errorPageHtml,
  escapeHtml,
  isPageRequest,
  overlayError,
  problemToShow,
} from '../../../src/collections/dev-overlay.ts';
import { formatReport, type Problem } from '../../../src/collections/problems.ts';

const unknownActor: Problem = {
  file: 'content/events/2025-11-23-geneva-talks.yaml',
  line: 6,
  message:
    'actors[1]: "steve-witkof" is not an actor. Known actors are listed in content/actors/ (did you mean "steve-witkoff"?)',
};
const badYaml: Problem = {
  file: 'content/actors/rustem-umerov.yaml',
  line: 3,
  column: 7,
  message: 'YAML syntax error: Nested mappings are not allowed in compact mappings.',
};
const raw: Problem = {
  file: 'content/updates/2025-11-25-first-edition.md',
  line: 4,
  severity: 'warning',
  message: 'raw HTML <b> is stripped by the build.',
};

/** The text the overlay shows for an HTML message: what the browser's innerHTML would give. */
const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('overlayError()', () => {
  const root = '/home/me/peace-plan';

  it('shows nothing when no problem is an error', () => {
    expect(overlayError([], { root })).toBeUndefined();
    expect(overlayError([raw], { root })).toBeUndefined();
  });

  it('carries the errors of the report npm run check prints, word for word', () => {
    const error = overlayError([raw, unknownActor, badYaml], { root })!;
    expect(unescape(error.message)).toBe(formatReport([unknownActor, badYaml]));
    expect(unescape(error.message)).toBe(
      [
        'Content check found 2 problems. Fix each one at the file and line shown:',
        '',
        'content/actors/rustem-umerov.yaml:3:7: YAML syntax error: Nested mappings are not allowed in compact mappings.',
        `content/events/2025-11-23-geneva-talks.yaml:6: ${unknownActor.message}`,
      ].join('\n'),
    );
    // HTML-escaped, since the overlay sets it as innerHTML.
    expect(error.message).toContain('&quot;steve-witkof&quot;');
    expect(error.title).toBe('The content has 2 problems');
  });

  it('opens the first problem of the file just saved, else the first of the report', () => {
    const first = overlayError([unknownActor, badYaml], { root })!;
    expect(first.loc).toEqual({
      file: `${root}/content/actors/rustem-umerov.yaml`,
      line: 3,
      column: 7,
    });
    const saved = overlayError([unknownActor, badYaml], { root, changed: unknownActor.file })!;
    expect(saved.loc).toEqual({ file: `${root}/${unknownActor.file}`, line: 6, column: 0 });
    expect(saved.id).toBe(`${root}/${unknownActor.file}`);
    const elsewhere = overlayError([unknownActor], { root, changed: 'content/pages/x.mdx' })!;
    expect(elsewhere.loc.file).toBe(`${root}/${unknownActor.file}`);
  });

  it('shows the file with the line marked, when it can be read', () => {
    const text = 'title: Geneva\ndate: 2025-11-23\nactors: [steve-witkof]\n';
    const read = (file: string) => (file === badYaml.file ? text : undefined);
    expect(overlayError([badYaml], { root, read })!.highlightedCode).toBe(codeFrameHtml(text, 3));
    expect(overlayError([unknownActor], { root, read })!.highlightedCode).toBeUndefined();
  });
});

describe('problemToShow()', () => {
  it('prefers the saved file', () => {
    expect(problemToShow([badYaml, unknownActor], unknownActor.file)).toBe(unknownActor);
    expect(problemToShow([badYaml, unknownActor], undefined)).toBe(badYaml);
    expect(problemToShow([], undefined)).toBeUndefined();
  });
});

describe('codeFrameHtml()', () => {
  it('gives every line a numbered .line, marks the problem line and escapes the text', () => {
    const html = codeFrameHtml('a: 1\r\n<b>: "x"\n\nc: 3\n', 2);
    expect(html).toBe(
      '<pre class="shiki"><code>' +
        [
          '<span class="line">a: 1</span>',
          '<span class="line error-line">&lt;b&gt;: &quot;x&quot;</span>',
          '<span class="line"></span>',
          '<span class="line">c: 3</span>',
        ].join('\n') +
        '</code></pre>',
    );
  });
});

describe('errorPageHtml()', () => {
  const found = overlayError([{ file: 'content/pages/x.mdx', line: 2, message: 'bad <b>' }], {
    root: '/p',
  })!;
  // A field that is text, not HTML, holding what would end the page's script.
  const error = { ...found, title: 'x </script><script>alert(1)</script>' };
  const html = errorPageHtml(error, 'report with </pre> & <b>', '/repo/@vite/client');

  it('opens the overlay with the error embedded, from Vite’s client under the base', () => {
    expect(html).toContain('const { ErrorOverlay } = await import("/repo/@vite/client");');
    expect(html).toContain('document.body.appendChild(new ErrorOverlay(error));');
    const embedded = /const error = (.*);\n/.exec(html)![1]!;
    expect(JSON.parse(embedded)).toEqual(error);
  });

  it('never lets the content close the script or the report early', () => {
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain(
      '<pre style="white-space: pre-wrap">report with &lt;/pre&gt; &amp; &lt;b&gt;</pre>',
    );
    expect(html).toContain(
      '<title>Content check: x &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>',
    );
  });
});

describe('isPageRequest()', () => {
  const page = { method: 'GET', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  it('is true for a browser opening a page', () => {
    expect(isPageRequest({ ...page, url: '/' })).toBe(true);
    expect(isPageRequest({ ...page, url: '/uk/the-plan/?q=1' })).toBe(true);
    expect(isPageRequest({ ...page, method: 'HEAD', url: '/timeline/' })).toBe(true);
  });

  it('is false for scripts, styles, Vite’s and Astro’s files and the search index', () => {
    for (const url of [
      '/@vite/client',
      '/@fs/x.js',
      '/__open-in-editor?file=x',
      '/_astro/page.css',
      '/node_modules/.vite/deps/x.js',
      '/src/reader/client/loader.ts',
      '/pagefind/pagefind.js',
    ]) {
      expect(isPageRequest({ ...page, url }), url).toBe(false);
    }
    expect(isPageRequest({ method: 'GET', url: '/', accept: '*/*' })).toBe(false);
    expect(isPageRequest({ method: 'POST', url: '/', accept: 'text/html' })).toBe(false);
    expect(isPageRequest({ method: 'GET', url: '/' })).toBe(false);
  });
});

describe('escapeHtml()', () => {
  it('escapes what HTML would read as markup', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
