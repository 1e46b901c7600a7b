/**
 * The README is the contributor's contract: it must show every field of every collection's
 * schema, so a new field cannot be added without documenting it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../src/collections/registry.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README section of a collection: from its heading to the next one. */
function section(folder: string): string {
  const start = readme.indexOf(`### \`content/${folder}/\``);
  expect(start, `README.md has no section "### \`content/${folder}/\`"`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n### ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('README.md', () => {
  it.each(COLLECTIONS.map((c) => [c.name, c.schema] as const))(
    'documents every field of content/%s/',
    (folder, schema) => {
      const text = section(folder);
      expect(schema).toBeInstanceOf(z.ZodObject);
      const missing = Object.keys((schema as z.ZodObject).shape).filter(
        (field) => !new RegExp(`\\|\\s*\`${field}\`\\s*\\|`).test(text),
      );
      expect(missing, `Add these fields to the table in README.md's ${folder} section`).toEqual([]);
    },
  );

  it('shows the two commands of the contract', () => {
    expect(readme).toContain('npm ci && npm run build');
    expect(readme).toContain('npm test');
  });
});
