import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  COLLECTIONS,
  IsoDateSchema,
  describe as describeField,
  fieldsAt,
  requiredFields,
  schemaAt,
  splitFrontmatter,
  type CollectionSpec,
} from '../../../src/collections/index.ts';
import {
  TRANSLATION_NOTES,
  entryTemplate,
  idProblem,
  translationTemplate,
} from '../../../src/contributor/index.ts';
import { TRANSLATABLE } from '../../../src/i18n/index.ts';

const spec = (name: string) => COLLECTIONS.find((c) => c.name === name)!;
const yamlOf = (s: CollectionSpec, text: string) =>
  parse(s.markdown ? (splitFrontmatter(text).frontmatter ?? '') : text) as Record<string, unknown>;

describe('entryTemplate', () => {
  it.each(COLLECTIONS.map((c) => [c.name, c] as const))(
    '%s: every required field, under its description from the schema',
    (_name, collection) => {
      const text = entryTemplate(collection, '2025-11-26-new-entry', '2025-11-30');
      expect(Object.keys(yamlOf(collection, text))).toEqual(requiredFields(collection.schema));
      const lines = text.split('\n');
      for (const field of requiredFields(collection.schema)) {
        const at = lines.findIndex((l) => l.startsWith(`${field}:`));
        const description = describeField(schemaAt(collection.schema, [field]))!;
        // The comment block right above the field, unwrapped, starts with the description.
        const above: string[] = [];
        for (let i = at - 1; i >= 0 && lines[i]!.startsWith('# '); i--)
          above.unshift(lines[i]!.slice(2));
        expect(above.join(' ')).toContain(description);
      }
      for (const field of fieldsAt(collection.schema, [])) {
        if (!requiredFields(collection.schema).includes(field)) {
          expect(text).toContain(`# ${field}: `);
        }
      }
    },
  );

  it('derives everything from the schema it is given', () => {
    const custom: CollectionSpec = {
      name: 'events',
      extensions: ['.yaml'],
      markdown: false,
      noun: 'a thing',
      title: 'things',
      schema: z.strictObject({
        heading: z.string().min(1).describe('A heading in a few words.'),
        colour: z.enum(['red', 'blue']).describe('Its colour.'),
        day: IsoDateSchema.describe('The day of it.'),
        count: z.number().int().describe('How many.'),
        refs: z.array(z.string()).min(1).describe('Where it comes from.'),
        aside: z.string().optional().describe('Anything else.'),
      }),
    };
    const text = entryTemplate(custom, '2025-01-02-thing', '2025-11-30');
    expect(text).toContain('# A thing: content/events/2025-01-02-thing.yaml.');
    expect(text).toContain('# A heading in a few words.\nheading: ""');
    expect(text).toContain('# Its colour. One of: red, blue.\ncolour: ""');
    expect(text).toContain('# The day of it.\nday: 2025-01-02');
    expect(text).toContain('# How many.\ncount:\n');
    expect(text).toContain('# Where it comes from.\nrefs: []');
    expect(text).toContain('# aside: Anything else.');
  });

  it('dates a page today, and leaves a date empty when the id has none', () => {
    expect(
      yamlOf(spec('pages'), entryTemplate(spec('pages'), 'new-page', '2025-11-30'))['updated'],
    ).toBe('2025-11-30');
    expect(
      yamlOf(spec('updates'), entryTemplate(spec('updates'), 'fix', '2025-11-30'))['date'],
    ).toBe('');
  });

  it('writes Markdown entries as frontmatter and an empty body', () => {
    const text = entryTemplate(spec('pages'), 'new-page', '2025-11-30');
    expect(text.startsWith('---\n')).toBe(true);
    expect(splitFrontmatter(text).body.trim()).toBe('');
  });
});

describe('idProblem', () => {
  it('accepts the ids the schemas accept and explains the others in their words', () => {
    expect(idProblem('2025-11-26-geneva-follow-up')).toBeUndefined();
    for (const bad of ['Geneva', 'a_b', '-a', 'a--b', 'a b', '']) {
      expect(idProblem(bad)).toMatch(/lower-case letters, digits and hyphens/);
    }
  });
});

describe('translationTemplate', () => {
  it('has a note in Ukrainian for every field a translation writes, and for no other', () => {
    for (const collection of COLLECTIONS) {
      const spec = TRANSLATABLE[collection.name];
      const translated = spec
        ? [
            ...spec.fields,
            ...(spec.stringLists ?? []),
            ...(spec.own ?? []),
            ...Object.keys(spec.lists ?? {}),
          ]
        : [];
      expect(Object.keys(TRANSLATION_NOTES[collection.name] ?? {}).sort(), collection.name).toEqual(
        translated.sort(),
      );
      for (const field of translated) expect(fieldsAt(collection.schema, [])).toContain(field);
    }
  });

  it('translates an issue’s label', () => {
    const issue = { label: 'Army size', provisions: ['p'], events: [] };
    const text = translationTemplate(spec('issues'), 'content/issues/x.yaml', issue);
    expect(parse(text)).toEqual({ label: 'Army size' });
    expect(text).toContain(`# ${TRANSLATION_NOTES['issues']!['label']}\nlabel: Army size`);
  });

  it('translates a place’s name and note, with its own spellings, and nothing of the map data', () => {
    const place = {
      name: 'Kyiv',
      aliases: ['Kiev'],
      kind: 'city',
      country: 'UA',
      coordinates: { lat: 50.45466, lon: 30.5238 },
      note: 'Struck on 25 November.',
      sources: ['a'],
    };
    const text = translationTemplate(spec('places'), 'content/places/kyiv.yaml', place);
    expect(parse(text)).toEqual({ name: 'Kyiv', note: 'Struck on 25 November.', aliases: [] });
    expect(text).toContain(`# ${TRANSLATION_NOTES['places']!['name']}\nname: Kyiv`);
  });

  it('starts from the English text, keeping only what a translation has', () => {
    const english = {
      title: 'Talks in Geneva',
      date: '2025-11-23',
      place: 'Geneva',
      track: 'us-ukraine',
      summary: 'They met.',
      sources: ['a'],
    };
    const text = translationTemplate(spec('events'), 'content/events/x.yaml', english);
    expect(parse(text)).toEqual({
      title: 'Talks in Geneva',
      place: 'Geneva',
      summary: 'They met.',
    });
    expect(text).toContain('# Переклад content/events/x.yaml українською.');
    expect(text).toContain('# Де це сталося.\nplace: Geneva');
    const { place: _place, ...noPlace } = english;
    expect(parse(translationTemplate(spec('events'), 'x', noPlace))).not.toHaveProperty('place');
  });

  it('keeps the ids and order of quotes and positions, and starts aliases empty', () => {
    const actor = {
      name: 'A',
      kind: 'person',
      role: 'R',
      side: 'ukraine',
      summary: 'S',
      position: 'P',
      aliases: ['Ay'],
      quotes: [
        { id: 'second', text: 'two', context: 'c2', date: '2025-11-25', sources: ['s'] },
        { id: 'first', text: 'one', context: 'c1', date: '2025-11-25', sources: ['s'] },
      ],
      sources: ['s'],
    };
    expect(parse(translationTemplate(spec('actors'), 'x', actor))).toEqual({
      name: 'A',
      role: 'R',
      summary: 'S',
      position: 'P',
      aliases: [],
      quotes: [
        { id: 'second', text: 'two', context: 'c2' },
        { id: 'first', text: 'one', context: 'c1' },
      ],
    });
    const provision = {
      title: 'T',
      original: 'O',
      positions: [{ actor: 'b', position: 'p', sources: ['s'] }],
    };
    expect(parse(translationTemplate(spec('provisions'), 'x', provision))).toEqual({
      title: 'T',
      original: 'O',
      positions: [{ actor: 'b', position: 'p' }],
    });
  });

  it('gives a page its translatable frontmatter and the English body to translate', () => {
    const body = '## Where it began\n\nIt began [@a]. [!reported]\n\n<EventList />\n';
    const text = translationTemplate(
      spec('pages'),
      'content/pages/p.mdx',
      { title: 'T', description: 'D', summary: 'S', order: 2, updated: '2025-11-25' },
      body,
    );
    const split = splitFrontmatter(text);
    expect(parse(split.frontmatter ?? '')).toEqual({ title: 'T', description: 'D', summary: 'S' });
    expect(text.endsWith(`---\n\n${body}`)).toBe(true);
  });
});
