/** Translated data laid over the English: the fields a translation carries, the rest English. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  localisedCollectionReader,
  overlay,
  readLocalisedCollection,
} from '../../../src/i18n/overlay.ts';

describe('overlay', () => {
  it('takes the translated fields and keeps every other field of the English', () => {
    const english = { outlet: 'The News Capital', title: 'Talks', published: '2025-11-25' };
    expect(overlay('sources', english, { title: 'Переговори' })).toEqual({
      outlet: 'The News Capital',
      title: 'Переговори',
      published: '2025-11-25',
    });
  });

  it('matches translated list items to the English ones by their key', () => {
    const english = { quotes: [{ id: 'a', text: 'A', date: '2025-11-25' }] };
    const translated = { quotes: [{ id: 'a', text: 'А' }] };
    expect(overlay('actors', english, translated)).toMatchObject({
      quotes: [{ id: 'a', text: 'А', date: '2025-11-25' }],
    });
  });
});

describe('readLocalisedCollection', () => {
  const english = readLocalisedCollection('content', 'sources', 'en');
  const ukrainian = readLocalisedCollection('content', 'sources', 'uk');

  it('gives the sources in Ukrainian, with the English dates, addresses and outlets', () => {
    const source = ukrainian.get('newscapital-2025-11-25')!;
    const original = english.get('newscapital-2025-11-25')!;
    expect(source.title).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
    expect(source.title).not.toBe(original.title);
    expect(source.relays.length).toBe(original.relays.length);
    expect({ ...source, title: '', note: '', relays: [] }).toEqual({
      ...original,
      title: '',
      note: '',
      relays: [],
    });
  });

  it('has the same sources in every language', () => {
    expect([...ukrainian.keys()].sort()).toEqual([...english.keys()].sort());
  });
});

describe('localisedCollectionReader', () => {
  it('reads a language once, and again when a file of the collection changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlay-'));
    mkdirSync(join(dir, 'glossary', 'uk'), { recursive: true });
    const term = (name: string) =>
      `term: ${name}\naliases: []\ndefinition: A city.\nsources: [newscapital-2025-11-25]\n`;
    writeFileSync(join(dir, 'glossary', 'geneva.yaml'), term('Geneva'));
    const read = localisedCollectionReader(dir, 'glossary');
    const first = read('uk');
    expect(read('uk')).toBe(first);
    expect(first.get('geneva')?.term).toBe('Geneva');
    writeFileSync(join(dir, 'glossary', 'kyiv.yaml'), term('Kyiv'));
    expect([...read('uk').keys()].sort()).toEqual(['geneva', 'kyiv']);
  });
});
