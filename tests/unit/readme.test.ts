/**
 * The README is the contributor's contract: it must show every field of every collection's
 * schema, so a new field cannot be added without documenting it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ActorSchema,
  EventSchema,
  PageSchema,
  ProvisionSchema,
  SourceSchema,
  TermSchema,
  UpdateSchema,
} from '../../src/lib/schemas';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README section of a collection: from its heading to the next one. */
function section(folder: string): string {
  const start = readme.indexOf(`### \`content/${folder}/\``);
  expect(start, `README.md has no section "### \`content/${folder}/\`"`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n### ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

const collections = {
  pages: PageSchema,
  actors: ActorSchema,
  events: EventSchema,
  provisions: ProvisionSchema,
  sources: SourceSchema,
  glossary: TermSchema,
  updates: UpdateSchema,
};

describe('README.md', () => {
  it.each(Object.entries(collections))('documents every field of content/%s/', (folder, schema) => {
    const text = section(folder);
    const missing = Object.keys(schema.shape).filter(
      (field) => !new RegExp(`\\|\\s*\`${field}\`\\s*\\|`).test(text),
    );
    expect(missing, `Add these fields to the table in README.md's ${folder} section`).toEqual([]);
  });

  it('shows the two commands of the contract', () => {
    expect(readme).toContain('npm ci && npm run build');
    expect(readme).toContain('npm test');
  });
});
