/**
 * Places are translated like every other collection: a file of the same id in the language's
 * folder gives the name, the spellings readers of that language search for and the note; the
 * kind, country, region, coordinates and sources come from the English. The check asks for a
 * stamp, reports a stale or broken translation, and the status table lists a missing one.
 */
import { describe, expect, it } from 'vitest';
import { readContent, readContentDir, type ContentFile } from '../../../src/collections/reader.ts';
import { TRANSLATION_CODES } from '../../../src/i18n/locales.ts';
import { readLocalisedCollection } from '../../../src/i18n/overlay.ts';
import { stampTranslation } from '../../../src/i18n/stamp.ts';
import { readTranslations, statusTable } from '../../../src/i18n/translations.ts';

const PLACE = 'content/places/pokrovsk.yaml';
const UK = 'content/places/uk/pokrovsk.yaml';
const place = (note: string): ContentFile => ({
  path: PLACE,
  text: [
    'name: Pokrovsk',
    'aliases: []',
    'kind: city',
    'country: UA',
    'coordinates:',
    '  lat: 48.28014',
    '  lon: 37.17706',
    `note: ${note}`,
    'sources: [newscapital-2025-11-25, geonames-cities]',
    '',
  ].join('\n'),
});
const translation = (lines: string[]): ContentFile => ({ path: UK, text: `${lines.join('\n')}\n` });
const FAITHFUL = [
  'name: Покровськ',
  'aliases: [Покровська]',
  'note: Логістичний вузол, до якого просуваються російські війська.',
];
const NOTE = 'A logistics hub that Russian forces are advancing toward.';

const read = (files: ContentFile[]) => readContent(files, 'content');

describe('a place translation', () => {
  it('is read as a translation of its English place and asked to be stamped', () => {
    const content = read([place(NOTE), translation(FAITHFUL)]);
    expect(content.problems).toEqual([]);
    const set = readTranslations(content);
    expect(set.translations.map((t) => [t.collection, t.id, t.status])).toEqual([
      ['places', 'pokrovsk', 'unstamped'],
    ]);
    expect(set.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      `${UK}:1: this translation does not record which English it was made from. When it says what ${PLACE} says, run \`npm run translations -- --stamp ${UK}\`.`,
    ]);
  });

  it('goes stale when the English note changes, and not when the coordinates do', () => {
    const made = readTranslations(read([place(NOTE), translation(FAITHFUL)])).translations[0]!;
    const stamped = {
      path: UK,
      text: stampTranslation(translation(FAITHFUL).text, made.current, false),
    };
    const same = readTranslations(read([place(NOTE), stamped]));
    expect(same.translations[0]!.status).toBe('up-to-date');
    expect(same.problems).toEqual([]);
    const moved = place(NOTE);
    const elsewhere = readTranslations(
      read([{ ...moved, text: moved.text.replace('48.28014', '48.3') }, stamped]),
    );
    expect(elsewhere.translations[0]!.status).toBe('up-to-date');
    const changed = readTranslations(read([place(`${NOTE} It is in the east.`), stamped]));
    expect(changed.translations[0]!.status).toBe('stale');
    expect(changed.translations[0]!.changes).toEqual([{ what: 'field "note" changed' }]);
    expect(changed.problems).toEqual([
      expect.objectContaining({
        file: UK,
        severity: 'warning',
        message: expect.stringMatching(/^stale: content\/places\/pokrovsk\.yaml changed since/),
      }),
    ]);
  });

  it('keeps the English numbers and gives every translated field, at their lines', () => {
    const english = place('Russian forces struck it on 25 November 2025.');
    const wrong = translation([
      'aliases: []',
      'note: Російські війська вдарили по ньому 24 листопада.',
    ]);
    const messages = readTranslations(read([english, wrong])).problems.map(
      (p) => `${p.file}:${p.line}: ${p.message}`,
    );
    expect(messages).toContain(
      `${UK}:1: "name" is missing: the English (${PLACE}) has it. Translate it under the same name.`,
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^content\/places\/uk\/pokrovsk\.yaml:2: "note": its numbers differ from the English \(content\/places\/pokrovsk\.yaml\): it lacks "25", "2025" and has "24" that the English does not\./,
      ),
    );
  });

  it('refuses the fields that come from the English', () => {
    const content = read([place(NOTE), translation([...FAITHFUL, 'kind: region', 'country: RU'])]);
    const messages = readTranslations(content).problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages).toContain(
      `4: "kind" is not translated: it comes from the English entry (${PLACE}). Remove it from the translation.`,
    );
    expect(messages).toContain(
      `5: "country" is not translated: it comes from the English entry (${PLACE}). Remove it from the translation.`,
    );
  });

  it('is listed as missing in the status table until it is written', () => {
    const content = read([place(NOTE)]);
    const rows = statusTable(content, readTranslations(content), TRANSLATION_CODES);
    expect(rows).toEqual(
      TRANSLATION_CODES.map((code) => ({
        collection: 'places',
        id: 'pokrovsk',
        code,
        status: 'missing',
        file: `content/places/${code}/pokrovsk.yaml`,
      })),
    );
  });
});

describe('the places in Ukrainian', () => {
  const english = readLocalisedCollection('content', 'places', 'en');
  const ukrainian = readLocalisedCollection('content', 'places', 'uk');

  it('are every place, each translated and up to date', () => {
    const content = readContentDir('content', ['places']);
    const set = readTranslations(content);
    expect(set.problems).toEqual([]);
    const rows = statusTable(content, set, ['uk']);
    expect(rows.map((r) => r.id).sort()).toEqual([...english.keys()].sort());
    expect(rows.filter((r) => r.status !== 'up-to-date')).toEqual([]);
  });

  it('have their Ukrainian names and notes, with everything else from the English', () => {
    const kyiv = ukrainian.get('kyiv')!;
    expect(kyiv.name).toBe('Київ');
    expect(kyiv.aliases).toContain('Києва');
    expect(kyiv.note).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
    expect({ ...kyiv, name: '', aliases: [], note: '' }).toEqual({
      ...english.get('kyiv')!,
      name: '',
      aliases: [],
      note: '',
    });
  });
});
