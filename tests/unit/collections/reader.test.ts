import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readCollection,
  readContent,
  readContentDir,
  formatProblem,
} from '../../../src/collections/index.ts';

/** A content folder in the system's temporary folder with the given files. */
function folder(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'reader-')), 'content');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const SOURCE = 'outlet: O\ntitle: T\nurl: https://x.org/\nkind: news-report\n';

describe('the content reader', () => {
  it('reads each collection, keyed by file name, with the schema defaults applied', () => {
    const sources = readCollection('tests/fixtures/content-good/content', 'sources');
    expect([...sources.keys()]).toEqual(['diplomaticaffairs-abu-dhabi', 'newscapital-2025-11-25']);
    expect(sources.get('newscapital-2025-11-25')).toMatchObject({
      outlet: 'The News Capital',
      published: '2025-11-25',
      relays: ['NBC News (a US official)'],
    });
    expect(sources.get('diplomaticaffairs-abu-dhabi')?.relays).toEqual([]);
  });

  it('reports every file it cannot use, with file and line, and keeps only valid entries', () => {
    const dir = folder({
      'sources/good.yml': SOURCE,
      'sources/invalid.yaml': 'outlet: O\n',
      'sources/broken.yaml': 'outlet: "O\n',
      'sources/notes.txt': 'not a source',
      'sources/Bad_Name.yaml': SOURCE,
    });
    const content = readContentDir(dir);
    expect(content.valid('sources').map((e) => e.id)).toEqual(['good']);
    expect(content.ids('sources')).toEqual(new Set(['broken', 'good', 'invalid']));
    expect(content.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/sources\/Bad_Name\.yaml:1: the file name "Bad_Name"/),
      expect.stringMatching(
        /^content\/sources\/broken\.yaml:2:1: YAML syntax error: Missing closing/,
      ),
      expect.stringMatching(/^content\/sources\/invalid\.yaml:1: missing required field "title"/),
      expect.stringMatching(/^content\/sources\/invalid\.yaml:1: missing required field "url"/),
      expect.stringMatching(/^content\/sources\/invalid\.yaml:1: missing required field "kind"/),
      'content/sources/notes.txt:1: this file is not read: content/sources/ holds .yaml or .yml files.',
    ]);
  });

  it('sets translations aside instead of reading them as English entries', () => {
    const dir = folder({
      'sources/good.yaml': SOURCE,
      'sources/uk/good.yaml': 'title: Заголовок\n',
      'pages/uk/index.mdx': '---\ntitle: Головна\n---\n',
    });
    const content = readContentDir(dir);
    expect(content.problems).toEqual([]);
    expect(content.entries.map((e) => e.file)).toEqual(['content/sources/good.yaml']);
    expect(content.translations.map((f) => f.path)).toEqual([
      'content/pages/uk/index.mdx',
      'content/sources/uk/good.yaml',
    ]);
  });

  it('names a file in a subfolder that is not a translation, and a second file with one id', () => {
    const content = readContent([
      { path: 'content/sources/old/x.yaml', text: SOURCE },
      { path: 'content/sources/x.yaml', text: SOURCE },
      { path: 'content/sources/x.yml', text: SOURCE },
    ]);
    expect(content.problems.map(formatProblem)).toEqual([
      'content/sources/old/x.yaml:1: files in subfolders are not read. Move it to content/sources/.',
      'content/sources/x.yml:1: content/sources/x.yaml has the same id "x". Rename or remove one of the two files.',
    ]);
  });

  it('blanks a page’s frontmatter so body lines are file lines', () => {
    const content = readContent([
      {
        path: 'content/pages/a.md',
        text: '---\ntitle: A\ndescription: D\nsummary: S\nupdated: 2025-11-25\n---\n\nBody.\n',
      },
    ]);
    const [page] = content.valid('pages');
    expect(page?.body?.split('\n')[7]).toBe('Body.');
    expect(page?.data.inNav).toBe(false);
  });
});
