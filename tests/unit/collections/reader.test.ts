import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../../src/collections/load-sources.ts';

describe('loadSources', () => {
  it('loads every source of a folder, keyed by file name, with defaults applied', () => {
    const sources = loadSources('tests/fixtures/content-good/content/sources');
    expect([...sources.keys()]).toEqual(['diplomaticaffairs-abu-dhabi', 'newscapital-2025-11-25']);
    expect(sources.get('newscapital-2025-11-25')).toMatchObject({
      outlet: 'The News Capital',
      published: '2025-11-25',
      relays: ['NBC News (a US official)'],
    });
    expect(sources.get('diplomaticaffairs-abu-dhabi')?.relays).toEqual([]);
  });

  it('skips broken files (the content check reports them) and other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    writeFileSync(
      join(dir, 'good.yml'),
      'outlet: O\ntitle: T\nurl: https://x.org/\nkind: news-report\n',
    );
    writeFileSync(join(dir, 'invalid.yaml'), 'outlet: O\n');
    writeFileSync(join(dir, 'broken.yaml'), 'outlet: "O\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a source');
    expect([...loadSources(pathToFileURL(`${dir}/`)).keys()]).toEqual(['good']);
  });
});
