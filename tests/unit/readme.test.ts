/**
 * The README is the contributor's contract: its field tables are generated from the schemas
 * (npm run readme:fields), so a field cannot be added, removed or redescribed without README.md
 * showing it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  COLLECTIONS,
  fieldTable,
  missingFieldTables,
  withFieldTables,
} from '../../src/collections/index.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README.md', () => {
  it('has a field table for every collection', () => {
    expect(missingFieldTables(readme)).toEqual([]);
  });

  it('shows the field tables as the schemas describe them (run npm run readme:fields)', () => {
    expect(withFieldTables(readme)).toBe(readme);
  });

  it('would show a field added to a schema, with its description', () => {
    const schema = z.strictObject({
      title: z.string().describe('The title.'),
      extra: z.enum(['a', 'b']).optional().describe('A new field.'),
    });
    expect(fieldTable(schema).split('\n')).toEqual([
      '| field   | required | meaning                       |',
      '| ------- | -------- | ----------------------------- |',
      '| `title` | yes      | The title.                    |',
      '| `extra` | no       | A new field. One of `a`, `b`. |',
    ]);
  });

  it('names every collection in content.config.ts, which loads them for Astro', () => {
    const config = readFileSync(new URL('../../src/content.config.ts', import.meta.url), 'utf8');
    for (const { name } of COLLECTIONS)
      expect(config).toMatch(new RegExp(`\\b${name}: defineCollection`));
  });

  it('shows the two commands of the contract', () => {
    expect(readme).toContain('npm ci && npm run build');
    expect(readme).toContain('npm test');
  });
});
