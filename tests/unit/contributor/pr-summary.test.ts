import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatBytes,
  newProblems,
  parseNameStatus,
  renderSummary,
  sizeChanges,
  staleTranslations,
  touchedEntries,
} from '../../../src/contributor/pr-summary.ts';

describe('touchedEntries', () => {
  it('places content files in their collection with the URL the site shows them at', () => {
    const changed = parseNameStatus(
      [
        'M\tcontent/pages/index.mdx',
        'A\tcontent/events/2025-11-26-new.yaml',
        'D\tcontent/glossary/old-term.yaml',
        'R087\tcontent/actors/old-name.yaml\tcontent/actors/new-name.yaml',
        'M\tcontent/pages/uk/the-plan.mdx',
        'M\tcontent/updates/2025-11-25-first-edition.md',
        'M\tcontent/sources/a.yaml',
        'M\tcontent/provisions/p.yaml',
        'M\tcontent/LICENSE.md',
        'M\tcontent/events/notes.txt',
      ].join('\n'),
    );
    expect(touchedEntries(changed).map((e) => [e.kind, e.id, e.lang ?? '', e.url])).toEqual([
      ['M', 'a', '', '/sources-and-method/#source-a'],
      ['R', 'new-name', '', '/actors/new-name/'],
      ['A', '2025-11-26-new', '', '/timeline/#2025-11-26-new'],
      ['M', 'p', '', '/provisions/#p'],
      ['D', 'old-term', '', '/glossary/#old-term'],
      ['M', 'index', '', '/'],
      ['M', 'the-plan', 'uk', '/the-plan/'],
      ['M', '2025-11-25-first-edition', '', '/updates/#update-2025-11-25-first-edition'],
    ]);
  });
});

describe('newProblems', () => {
  it('compares by file and message, so moved lines are not new and repeats count', () => {
    const p = (file: string, line: number, message: string) => ({ file, line, message });
    const base = [p('a.yaml', 3, 'bad id'), p('b.yaml', 1, 'no title')];
    const head = [p('a.yaml', 5, 'bad id'), p('a.yaml', 9, 'bad id'), p('c.yaml', 2, 'no title')];
    expect(newProblems(base, head)).toEqual([p('a.yaml', 9, 'bad id'), p('c.yaml', 2, 'no title')]);
  });
});

describe('staleTranslations', () => {
  const files = [
    'content/events/e.yaml',
    'content/events/uk/e.yaml',
    'content/pages/p.mdx',
    'content/pages/uk/p.mdx',
    'content/glossary/g.yaml',
    'content/glossary/uk/g.yaml',
  ];
  it('lists translations whose English changed while they did not', () => {
    const changed = parseNameStatus(
      'M\tcontent/events/e.yaml\nM\tcontent/pages/p.mdx\nM\tcontent/pages/uk/p.mdx\nM\tcontent/glossary/uk/g.yaml',
    );
    expect(staleTranslations(files, changed)).toEqual([
      { translation: 'content/events/uk/e.yaml', english: 'content/events/e.yaml' },
    ]);
  });
});

describe('sizeChanges and the summary', () => {
  it('keeps only pages whose size changed, with added and removed pages', () => {
    const base = new Map([
      ['/', 1000],
      ['/a/', 500],
      ['/gone/', 300],
    ]);
    const head = new Map([
      ['/', 1200],
      ['/a/', 500],
      ['/new/', 800],
    ]);
    expect(sizeChanges(base, head)).toEqual([
      { url: '/', base: 1000, head: 1200 },
      { url: '/gone/', base: 300 },
      { url: '/new/', head: 800 },
    ]);
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(14_541)).toBe('14.2 KB');
  });

  it('renders every section, including the empty ones', () => {
    const md = renderSummary({
      base: 'origin/main',
      entries: [],
      problems: [{ file: 'content/x.yaml', line: 2, message: 'title: must not be empty' }],
      stale: [],
      sizes: { changes: [{ url: '/', base: 1000, head: 2048 }], baseTotal: 1000, headTotal: 2048 },
      site: 'https://example.org',
    });
    expect(md).toContain('No file in `content/` changed.');
    expect(md).toContain('content/x.yaml:2: title: must not be empty');
    expect(md).toContain('No translation is left behind its English.');
    expect(md).toContain('| / | 1000 B | 2.0 KB | +1.0 KB |');
    expect(md).toContain('| **all pages** | **1000 B** | **2.0 KB** | **+1.0 KB** |');
  });
});

describe('npm run pr-summary on a git repository', () => {
  let repo = '';
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), text);
  };
  const edit = (file: string, change: (text: string) => string) =>
    write(file, change(readFileSync(join(repo, file), 'utf8')));

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'pr-summary-repo-'));
    cpSync(resolve('content'), join(repo, 'content'), { recursive: true });
    write(
      'content/events/uk/2025-11-23-geneva-talks.yaml',
      'title: Переговори в Женеві\nsummary: Текст.\n',
    );
    write('content/glossary/uk/donbas.yaml', 'term: Донбас\naliases: []\ndefinition: Текст.\n');
    for (const [dist, size] of [
      ['base-dist', 10],
      ['head-dist', 10],
    ] as const) {
      write(`${dist}/index.html`, '<p>home</p>');
      write(`${dist}/timeline/index.html`, `<p>${'event '.repeat(size)}</p>`);
    }
    write('head-dist/glossary/index.html', '<p>terms</p>');
    write(
      'head-dist/timeline/index.html',
      `<p>${Array.from({ length: 400 }, (_, i) => i).join(' ')}</p>`,
    );
    git('init', '-q', '-b', 'main');
    git('add', 'content');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'change');
    edit('content/events/2025-11-23-geneva-talks.yaml', (t) =>
      t.replace(/^summary: /m, 'summary: Updated. '),
    );
    edit('content/glossary/donbas.yaml', (t) =>
      t.replace(/^definition: /m, 'definition: Updated. '),
    );
    edit('content/glossary/uk/donbas.yaml', (t) => t.replace('Текст.', 'Новий текст.'));
    write(
      'content/glossary/new-term.yaml',
      'term: New term\ndefinition: A term.\nsources: [no-such-source]\n',
    );
    git('add', 'content');
    git('commit', '-qm', 'change');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  const summary = (env: NodeJS.ProcessEnv = {}) =>
    execFileSync(
      process.execPath,
      [
        '--experimental-strip-types',
        resolve('scripts/pr-summary.ts'),
        '--base',
        'main',
        '--base-dist',
        'base-dist',
        '--head-dist',
        'head-dist',
      ],
      { cwd: repo, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: '', ...env } },
    );

  it('lists the entries, the new problem, the stale translation and the page sizes', () => {
    const md = summary();
    expect(md).toContain('### Pages and entries touched (4)');
    expect(md).toMatch(
      /\| changed \| events: `2025-11-23-geneva-talks` \|.*\[\/timeline\/#2025-11-23-geneva-talks\]/,
    );
    expect(md).toMatch(/\| added \| glossary: `new-term` \|.*\/glossary\/#new-term/);
    expect(md).toContain('glossary: `donbas` (uk translation)');
    expect(md).toContain('### New content problems (1)');
    expect(md).toMatch(/content\/glossary\/new-term\.yaml:3: .*no-such-source/);
    expect(md).toContain(
      '- `content/events/uk/2025-11-23-geneva-talks.yaml` (English: `content/events/2025-11-23-geneva-talks.yaml`)',
    );
    expect(md).not.toContain('`content/glossary/uk/donbas.yaml` (English');
    expect(md).toMatch(/\| \/glossary\/ \| — \| \d+ B \| new page \|/);
    expect(md).toMatch(/\| \/timeline\/ \| \d+ B \| [\d.]+ (B|KB) \| \+/);
    expect(md).not.toMatch(/^\| \/ \|/m);
  }, 60_000);

  it('appends to the GitHub job summary when it is set', () => {
    const file = join(repo, 'step-summary.md');
    writeFileSync(file, '# Earlier step\n');
    expect(summary({ GITHUB_STEP_SUMMARY: file })).toBe('');
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith('# Earlier step\n## Content change summary')).toBe(true);
  }, 60_000);
});
