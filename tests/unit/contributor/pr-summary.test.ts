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
} from '../../../src/contributor/index.ts';

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
        'M\tcontent/issues/army-size.yaml',
        'M\tcontent/issues/uk/army-size.yaml',
        'A\tcontent/places/odesa.yaml',
        'M\tcontent/LICENSE.md',
        'M\tcontent/events/notes.txt',
      ].join('\n'),
    );
    expect(touchedEntries(changed).map((e) => [e.kind, e.id, e.lang ?? '', e.url])).toEqual([
      ['M', 'a', '', '/sources-and-method/#source-a'],
      ['A', 'odesa', '', undefined],
      ['R', 'new-name', '', '/actors/new-name/'],
      ['A', '2025-11-26-new', '', '/timeline/#2025-11-26-new'],
      ['M', 'p', '', '/provisions/#p'],
      ['D', 'old-term', '', '/glossary/#old-term'],
      ['M', 'army-size', '', '/positions/#issue-army-size'],
      ['M', 'army-size', 'uk', '/uk/positions/#issue-army-size'],
      ['M', 'index', '', '/'],
      ['M', 'the-plan', 'uk', '/uk/the-plan/'],
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
  const t = (file: string, status: 'up-to-date' | 'stale' | 'unstamped') => ({
    file: `content/${file}`,
    english: { file: `content/${file.replace('/uk/', '/')}` },
    status,
  });
  it('lists translations stale in head that were not stale in the base', () => {
    const base = [
      t('events/uk/e.yaml', 'up-to-date'),
      t('pages/uk/p.mdx', 'stale'),
      t('glossary/uk/g.yaml', 'up-to-date'),
    ];
    const head = [
      t('events/uk/e.yaml', 'stale'),
      t('pages/uk/p.mdx', 'stale'),
      t('glossary/uk/g.yaml', 'up-to-date'),
      t('actors/uk/new.yaml', 'stale'),
      t('sources/uk/s.yaml', 'unstamped'),
    ];
    expect(staleTranslations(head, base)).toEqual([
      { translation: 'content/actors/uk/new.yaml', english: 'content/actors/new.yaml' },
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
    // The Ukrainian Donbas follows its English: edited, then stamped as made from the new English.
    edit('content/glossary/uk/donbas.yaml', (t) =>
      t.replace(/^definition: /m, 'definition: Оновлено. '),
    );
    execFileSync(
      process.execPath,
      [
        '--experimental-strip-types',
        resolve('scripts/translations.ts'),
        '--stamp',
        'content/glossary/uk/donbas.yaml',
      ],
      { cwd: repo, stdio: 'pipe' },
    );
    write(
      'content/glossary/new-term.yaml',
      'term: New term\ndefinition: A term.\nsources: [no-such-source]\n',
    );
    git('add', 'content');
    git('commit', '-qm', 'change');
  }, 60_000);
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
    expect(md).toMatch(/glossary: `donbas` \(uk translation\).*\[\/uk\/glossary\/#donbas\]/);
    // The stale English shows twice: as the check's warning, and in the list of stale translations.
    expect(md).toContain('### New content problems (2)');
    expect(md).toMatch(/content\/events\/uk\/2025-11-23-geneva-talks\.yaml:1: warning: stale/);
    expect(md).toContain('### Translations made stale (1)');
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
