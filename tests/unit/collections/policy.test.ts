import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../../src/collections/check/policy.ts';
import { formatProblem, type Problem } from '../../../src/collections/problems.ts';

const formatProblems = (problems: readonly Problem[]) => problems.map(formatProblem).join('\n');

const hostile = (name: string) => readFileSync(`tests/fixtures/hostile/${name}`, 'utf8');
const check = (source: string) => formatProblems(checkMdx(source, 'content/pages/x.mdx'));

describe('MDX content policy: hostile fixtures', () => {
  it('refuses an import of node:fs and the export that uses it, naming file and line', () => {
    const problems = checkMdx(hostile('import-node-fs.mdx'), 'content/pages/evil.mdx');
    expect(problems.map((p) => p.line)).toEqual([6, 8]);
    expect(formatProblems(problems)).toMatch(
      /^content\/pages\/evil\.mdx:6: import\/export is not allowed in content \("import fs from 'node:fs';"\).*delete this line\.$/m,
    );
    expect(problems[1]?.message).toContain('export const secret');
  });

  it('refuses a JavaScript expression', () => {
    expect(check(hostile('expression-process-exit.mdx'))).toBe(
      'content/pages/x.mdx:8: the JavaScript expression {process.exit(1)} is not allowed in ' +
        'content. Write plain text; for a literal brace, escape it as \\{.',
    );
  });

  it('refuses a <script> element', () => {
    expect(check(hostile('script-element.mdx'))).toMatch(
      /^content\/pages\/x\.mdx:10: <script> is not allowed in content\. Remove it/,
    );
  });

  it('refuses an onClick attribute', () => {
    expect(check(hostile('onclick-attribute.mdx'))).toBe(
      'content/pages/x.mdx:8: the attribute onClick on <span> is not allowed: event-handler ' +
        'attributes run JavaScript. Remove it.',
    );
  });

  it('refuses a javascript: link', () => {
    expect(check(hostile('javascript-link.mdx'))).toMatch(
      /^content\/pages\/x\.mdx:8: a javascript: URL in a link is not allowed \("javascript:alert\(document\.cookie\)"\)/,
    );
  });
});

describe('MDX content policy: what content may use', () => {
  it('accepts Markdown, citations, the site components and safe HTML', () => {
    const source = [
      '---',
      'title: "A {title} with <braces>"',
      '---',
      '',
      '# The plan',
      '',
      'Text [@newscapital-2025-11-25] with a [link](/the-plan/#territory) and [!reported].',
      '',
      '<EventList />',
      '',
      '<DataDownloads kind="provisions" />',
      '',
      'The <abbr title="North Atlantic Treaty Organization">NATO</abbr> clause<sup>1</sup>.',
      '',
      '{/* a note for editors */}',
      '',
      '<details><summary>More</summary>Hidden.</details>',
      '',
      '```mermaid',
      'flowchart LR',
      '  A --> B',
      '```',
    ].join('\n');
    expect(checkMdx(source, 'content/pages/ok.mdx')).toEqual([]);
  });

  it('refuses unknown components and HTML elements outside the safe list', () => {
    expect(check('<Evil />\n\n<img src="a.png" />')).toMatch(
      /^content\/pages\/x\.mdx:1: <Evil> is not one of the site's components\. Use one of StatusLegend, .*\ncontent\/pages\/x\.mdx:3: <img> is not allowed in content\. Use Markdown/,
    );
  });

  it.each(['style', 'iframe', 'object', 'embed', 'SCRIPT'])('refuses <%s>', (tag) => {
    expect(check(`Text.\n\n<${tag}></${tag}>`)).toContain(`x.mdx:3: <${tag}> is not allowed`);
  });

  it('refuses attribute expressions, spreads and dangerous attributes', () => {
    const problems = checkMdx(
      '<DataDownloads kind={"x"} {...props} set:html="<b>" client:load style="color:red" />',
      'f.mdx',
    ).map((p) => p.message);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toContain('attribute expression kind={"x"}');
    expect(problems[1]).toContain('spread attribute {...props}');
    expect(problems[2]).toContain('set:html');
    expect(problems[3]).toContain('client:load');
    expect(problems[4]).toContain('style');
  });

  it('refuses javascript:, vbscript: and data: URLs however they are disguised', () => {
    const source = [
      '[a](jav&#x61;script:alert(1))',
      '',
      '![b](data:image/svg+xml;base64,PHN2Zz4=)',
      '',
      '[c]: VBScript:msgbox(1)',
      '',
      '<span data-href="java\tscript:alert(1)">d</span>',
    ].join('\n');
    expect(checkMdx(source, 'f.mdx').map((p) => p.line)).toEqual([1, 3, 5, 7]);
  });

  it('allows an https link and a data- attribute whose text merely mentions data:', () => {
    expect(
      checkMdx('<span title="data: the figures">[a](https://example.org/)</span>', 'f.mdx'),
    ).toEqual([]);
  });

  it('reports a syntax error with its line instead of throwing', () => {
    const [problem] = checkMdx('# Title\n\nA < b and {oops', 'f.mdx');
    expect(problem?.line).toBe(3);
    expect(problem?.message).toMatch(/^MDX syntax error: .+\. In \.mdx files "<" and "\{" start/);
  });

  it('keeps line numbers when the frontmatter is long', () => {
    const source = '---\ntitle: T\ndescription: D\nsummary: S\n---\n\n{1 + 1}';
    expect(checkMdx(source, 'f.mdx')[0]?.line).toBe(7);
  });
});
