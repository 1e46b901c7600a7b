import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import * as schemas from '../../src/collections/schemas.ts';

const OBJECT_SCHEMAS = Object.entries(schemas).filter(
  ([name, value]) => name.endsWith('Schema') && (value as z.ZodType)._zod?.def.type === 'object',
) as [string, z.ZodObject][];

describe('schemas', () => {
  it('describe every field, so the content check can explain it', () => {
    expect(OBJECT_SCHEMAS.length).toBeGreaterThanOrEqual(9);
    const undocumented = OBJECT_SCHEMAS.flatMap(([name, schema]) =>
      Object.entries(schema.shape)
        .filter(([, field]) => !(field as z.ZodType).description)
        .map(([field]) => `${name}.${field}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('accept real YYYY-MM-DD dates and Date objects, and nothing else', () => {
    const parse = (value: unknown) => schemas.IsoDateSchema.safeParse(value);
    expect(parse('2025-11-25').data).toBe('2025-11-25');
    expect(parse(new Date('2025-11-25T00:00:00Z')).data).toBe('2025-11-25');
    expect(parse('2024-02-29').success).toBe(true);
    const messages = (value: unknown) => parse(value).error?.issues.map((i) => i.message);
    expect(messages('2025-11-31')).toEqual(['This is not a real calendar date.']);
    expect(messages('2025-02-29')).toEqual(['This is not a real calendar date.']);
    expect(messages('2025-13-01')).toEqual(['This is not a real calendar date.']);
    expect(messages('25/11/2025')).toEqual([
      'Write the date as YYYY-MM-DD, for example 2025-11-25.',
    ]);
  });

  it('reject unknown status words with the list of words', () => {
    expect(schemas.StatusSchema.safeParse('likely').error?.issues[0]?.message).toBe(
      'Use one of the status words: confirmed, reported, unconfirmed, disputed, unknown.',
    );
  });

  it('apply the documented defaults', () => {
    const event = schemas.EventSchema.parse({
      title: 'T',
      date: '2025-11-25',
      track: 'plan',
      summary: 'S',
      sources: ['s'],
    });
    expect(event).toMatchObject({ precision: 'day', actors: [], status: 'reported' });
  });

  it('reject unknown fields', () => {
    const result = schemas.TermSchema.safeParse({
      term: 'T',
      definition: 'D',
      sources: ['s'],
      alias: [],
    });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
