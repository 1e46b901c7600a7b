/**
 * A third language is configuration, a dictionary and content: with a test-only language "xx"
 * beside Ukrainian, the same reader, fingerprints, staleness and parity rules apply to it with no
 * change of code, its dictionary is checked key by key against the English, and the maps are
 * labelled from its translated places and its dictionary's words.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import {
  readContent,
  readContentFiles,
  type ContentFile,
} from '../../../src/collections/reader.ts';
import { en } from '../../../src/i18n/dictionaries/en.ts';
import { dictionaryProblems } from '../../../src/i18n/dictionaries/index.ts';
import { overlay } from '../../../src/i18n/overlay.ts';
import { stampTranslation } from '../../../src/i18n/stamp.ts';
import { readTranslations } from '../../../src/i18n/translations.ts';
import { drawMap, type MapPlace } from '../../../src/maps/index.ts';
import { EVENTS } from '../maps/content.ts';

const LANGUAGES = ['uk', 'xx'];

const SOURCE: ContentFile = {
  path: 'content/sources/newscapital-2025-11-25.yaml',
  text: 'outlet: The News Capital\ntitle: A report\nurl: https://thenewscapital.com/?p=23776\npublished: 2025-11-25\nkind: news-report\n',
};
const term = (definition: string): ContentFile => ({
  path: 'content/glossary/kyiv.yaml',
  text: `term: Kyiv\naliases: [Kiev]\ndefinition: ${definition}\nsources: [newscapital-2025-11-25]\n`,
});
const XX = 'content/glossary/xx/kyiv.yaml';
const translation = (definition: string): ContentFile => ({
  path: XX,
  text: `term: Kyivo\naliases: []\ndefinition: ${definition}\n`,
});

const read = (files: ContentFile[]) => readContent(files, 'content', undefined, LANGUAGES);

describe('a third language', () => {
  it('is read as a translation, like Ukrainian, and asked to be stamped', () => {
    const content = read([
      SOURCE,
      term('A city struck on 25 November.'),
      translation('Urbo, 25 novembro.'),
    ]);
    expect(content.problems).toEqual([]);
    const set = readTranslations(content);
    expect(set.translations.map((t) => [t.code, t.status])).toEqual([['xx', 'unstamped']]);
  });

  it('goes stale when its English changes, naming the field', () => {
    const first = read([
      SOURCE,
      term('A city struck on 25 November.'),
      translation('Urbo, 25 novembro.'),
    ]);
    const made = readTranslations(first).translations[0]!;
    const stamped = {
      path: XX,
      text: stampTranslation(
        made.english.text === '' ? '' : translation('Urbo, 25 novembro.').text,
        made.current,
        false,
      ),
    };
    const now = read([SOURCE, term('A city struck overnight into 25 November.'), stamped]);
    const [again] = readTranslations(now).translations;
    expect(again!.status).toBe('stale');
    expect(again!.changes).toEqual([{ what: 'field "definition" changed' }]);
    const unchanged = read([SOURCE, term('A city struck on 25 November.'), stamped]);
    expect(readTranslations(unchanged).translations[0]!.status).toBe('up-to-date');
  });

  it('keeps its English numbers, or the check names the line', () => {
    const content = read([
      SOURCE,
      term('A city struck on 25 November.'),
      translation('Urbo, 24 novembro.'),
    ]);
    expect(readTranslations(content).problems.map((p) => `${p.file}:${p.line}`)).toContain(
      `${XX}:3`,
    );
  });

  it('has its dictionary checked key by key', () => {
    const { asOf, ...rest } = en;
    const xx = { ...rest, extra: { key: 'x' } };
    expect(asOf).toBeDefined();
    const problems = dictionaryProblems(en, xx, 'xx');
    expect(problems).toContain(
      'src/i18n/dictionaries/xx.ts: missing key "asOf.notice": add it with its xx text.',
    );
    expect(
      problems.some((p) => p.startsWith('src/i18n/dictionaries/xx.ts: extra key "extra"')),
    ).toBe(true);
  });

  // Drawing a map loads the country shapes first: slower than the other cases here.
  it(
    'labels the maps from its translated places and its dictionary’s words',
    { timeout: 30_000 },
    () => {
      const places = readContentFiles('content/places', '.').filter(
        (f) => !f.path.includes('/uk/'),
      );
      const xxPlace = (id: string, name: string): ContentFile => ({
        path: `content/places/xx/${id}.yaml`,
        text: `name: ${name}\naliases: []\nnote: ${name}.\n`,
      });
      const content = read([...places, xxPlace('kyiv', 'Kyivo'), xxPlace('ukraine', 'Ukrainio')]);
      const { translations } = readTranslations(content);
      const localised: MapPlace[] = content.valid('places').map((entry) => {
        const xx = translations.find((t) => t.id === entry.id && t.code === 'xx');
        const data = entry.data as unknown as Record<string, unknown>;
        return { id: entry.id, ...(xx ? overlay('places', data, xx.data) : data) } as MapPlace;
      });
      const xx = {
        ...en,
        maps: {
          fighting: { title: 'Batalejoj', description: 'Mapo kun {places}.' },
          talks: { title: 'Intertraktadoj', description: 'Mapo kun {places}.' },
          inWords: 'La mapo per vortoj',
          credits: 'Natural Earth, GeoNames.',
        },
      };
      expect(dictionaryProblems(en, xx, 'xx')).toEqual([]);
      const map = drawMap('fighting', {
        lang: 'xx',
        words: xx.maps,
        places: localised,
        events: EVENTS,
        eventHref: (id) => `/xx/timeline/#${id}`,
      });
      // Pokrovsk has no translation in this language: its map shows the English name, as an edition
      // shows every untranslated entry.
      const labels = map.labels.map((l) => l.text);
      expect(labels).toEqual(expect.arrayContaining(['Kyivo', 'UKRAINIO', 'Pokrovsk']));
      const html = toHtml(map.figure);
      expect(html).toContain(' lang="xx"');
      expect(html).toContain('<summary>La mapo per vortoj</summary>');
      expect(html).toContain('<li>Kyivo (Ukrainio)<ul>');
      // Intl lists the names in the language's way, or the runtime's when it does not know it.
      expect(html).toMatch(/<desc id="map-fighting-desc">Mapo kun [^<]*Kyivo\.<\/desc>/);
    },
  );
});
