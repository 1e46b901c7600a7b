import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../../src/collections/schemas.ts';
import { formatPath, valueAt } from '../../../src/collections/check/issues.ts';
import {
  describe as describeField,
  fieldsAt,
  requiredFields,
  schemaAt,
} from '../../../src/collections/schema-info.ts';
import { closest, didYouMean, editDistance } from '../../../src/shared/suggest.ts';
import { parseYaml, splitFrontmatter } from '../../../src/collections/yaml-source.ts';

describe('suggest', () => {
  it('measures edit distance', () => {
    expect(editDistance('steve-witkof', 'steve-witkoff')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('zelesnkyy', 'zelenskyy')).toBe(1);
  });

  it('suggests a close value, a unique longer id, or nothing', () => {
    const ids = ['steve-witkoff', 'vladimir-putin', 'newscapital-2025-11-25'];
    expect(closest('steve-witkof', ids)).toBe('steve-witkoff');
    expect(closest('newscapital', ids)).toBe('newscapital-2025-11-25');
    expect(closest('emmanuel-macron', ids)).toBeUndefined();
    expect(closest('ab', ['ac', 'ad'])).toBeUndefined(); // a tie is no suggestion
    expect(didYouMean('vladimir-puttin', new Set(ids).values())).toBe(
      ' (did you mean "vladimir-putin"?)',
    );
    expect(didYouMean('zzz', ids)).toBe('');
  });
});

describe('parseYaml', () => {
  const yaml = parseYaml('title: T\nactors:\n  - a\n  - b\nquotes:\n  - id: q\n', 2);

  it('finds the line of a value, offset by the first line', () => {
    expect(yaml.data).toEqual({ title: 'T', actors: ['a', 'b'], quotes: [{ id: 'q' }] });
    expect(yaml.lineOf(['title'])).toBe(2);
    expect(yaml.lineOf(['actors', 1])).toBe(5);
    expect(yaml.lineOf(['quotes', 0, 'id'])).toBe(7);
  });

  it('falls back to the nearest ancestor for a missing value', () => {
    expect(yaml.lineOf(['quotes', 0, 'text'])).toBe(7);
    expect(yaml.lineOf(['summary'])).toBe(2);
  });

  it('finds the line of a key', () => {
    expect(yaml.keyLineOf([], 'quotes')).toBe(6);
    expect(yaml.keyLineOf(['quotes', 0], 'id')).toBe(7);
  });

  it('reports only the first syntax error, with line, column and a hint', () => {
    const broken = parseYaml('a: 1\n\tb: 2\nc: [1, 2\n');
    expect(broken.data).toBeUndefined();
    expect(broken.errors).toEqual([
      {
        line: 2,
        column: 1,
        message:
          'YAML syntax error: Tabs are not allowed as indentation. Indent with spaces, not tabs.',
      },
    ]);
  });

  it('reports a repeated field', () => {
    expect(parseYaml('a: 1\na: 2\n').errors[0]?.message).toBe(
      'YAML syntax error: Map keys must be unique. Each field may appear only once; remove or merge the repeated one.',
    );
  });

  it('reports an unclosed quotation mark', () => {
    expect(parseYaml('a: "open\nb: 2\n').errors[0]?.message).toMatch(
      /^YAML syntax error: Missing closing "quote\. Close the quotation mark/,
    );
  });

  it('reports an alias without its anchor', () => {
    expect(parseYaml('a: *missing\n').errors[0]?.message).toMatch(/^YAML (syntax )?error: /);
  });
});

describe('splitFrontmatter', () => {
  it('keeps body lines at their file lines', () => {
    const split = splitFrontmatter('---\ntitle: T\n---\n\nBody [@x]\n');
    expect(split.frontmatter).toBe('title: T\n');
    expect(split.frontmatterLine).toBe(2);
    expect(split.body.split('\n')[4]).toBe('Body [@x]');
    expect(split.body.split('\n').slice(0, 3)).toEqual(['', '', '']);
  });

  it('allows blank lines before the frontmatter and an empty frontmatter', () => {
    expect(splitFrontmatter('\n---\na: 1\n---\n').frontmatterLine).toBe(3);
    expect(splitFrontmatter('---\n---\nBody').frontmatter).toBe('');
  });

  it('says when there is no frontmatter', () => {
    expect(splitFrontmatter('# Title\n---\n').frontmatter).toBeUndefined();
  });
});

describe('schema-info and issue helpers', () => {
  it('reads field descriptions through wrappers', () => {
    expect(describeField(schemaAt(EventSchema, ['summary']))).toBe(
      'One or two sentences on what happened, in our own words.',
    );
    expect(describeField(schemaAt(EventSchema, ['date']))).toMatch(/^The day it happened/);
    expect(describeField(schemaAt(EventSchema, ['actors']))).toBe(
      'Ids of the actors involved. Default: none.',
    );
    expect(schemaAt(EventSchema, ['nope'])).toBeUndefined();
  });

  it('lists fields and required fields', () => {
    expect(fieldsAt(EventSchema, [])).toContain('endDate');
    expect(requiredFields(EventSchema)).toEqual(['title', 'date', 'track', 'summary', 'sources']);
  });

  it('formats paths and reads values at paths', () => {
    expect(formatPath(['positions', 0, 'actor'])).toBe('positions[0].actor');
    expect(formatPath([])).toBe('');
    expect(valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(valueAt({ a: null }, ['a', 'b'])).toBeUndefined();
  });
});
