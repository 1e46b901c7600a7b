import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newEntry } from '../../../src/contributor/index.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-entry-'));
  cpSync(resolve('content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => newEntry(root, args, '2025-11-30');
/** The content check's lines about a file, from a run's output. */
const problemsIn = (output: readonly string[], file: string) =>
  output.filter((l) => l.startsWith(`${file}:`));
/** Take out a translation the site has, to write it again. */
const untranslate = (file: string) => rmSync(join(root, file));

// Each run checks the whole copied content folder, which takes a few seconds on a busy machine.
describe('npm run new', { timeout: 60_000 }, () => {
  it('writes a new event and lists, from the content check, the fields still to fill', () => {
    const result = run('events', '2025-11-26-new-talks');
    expect(result.ok).toBe(true);
    expect(result.written).toBe('content/events/2025-11-26-new-talks.yaml');
    expect(existsSync(join(root, result.written!))).toBe(true);
    expect(result.output[0]).toBe('Wrote content/events/2025-11-26-new-talks.yaml.');
    const problems = result.output.filter((l) =>
      l.startsWith('content/events/2025-11-26-new-talks.yaml:'),
    );
    expect(problems.map((l) => l.split(': ')[1])).toEqual(['title', 'track', 'summary', 'sources']);
  });

  it('refuses an id that is taken, whatever the extension', () => {
    const result = run('pages', 'the-plan');
    expect(result).toMatchObject({ ok: false });
    expect(result.output[0]).toMatch(/^content\/pages\/the-plan\.mdx already exists/);
  });

  it('refuses an invalid id, a collection that does not exist and a language it cannot write', () => {
    expect(run('glossary', 'Frozen_Assets').output[0]).toMatch(
      /"Frozen_Assets" cannot be an id: Use lower-case letters, digits and hyphens/,
    );
    expect(run('people', 'x').output[0]).toMatch(
      /"people" is not a collection\. Use one of: sources, places, actors/,
    );
    expect(run('glossary', 'donbas', '--lang', 'fr').output[0]).toMatch(/--lang fr: .*uk/);
    expect(run('glossary').output[0]).toMatch(/^Usage: npm run new/);
  });

  it('writes a new place and a new issue with their required fields', () => {
    const place = run('places', 'odesa');
    expect(place.written).toBe('content/places/odesa.yaml');
    expect(problemsIn(place.output, place.written!).length).toBeGreaterThan(0);
    const issue = run('issues', 'prisoner-exchange');
    expect(issue.written).toBe('content/issues/prisoner-exchange.yaml');
    expect(readFileSync(join(root, issue.written!), 'utf8')).toMatch(/^label: ""$/m);
  });

  it('writes a Ukrainian translation of a place, with only what a translation has', () => {
    untranslate('content/places/uk/kyiv.yaml');
    const result = run('places', 'kyiv', '--lang', 'uk');
    expect(result.ok).toBe(true);
    expect(result.written).toBe('content/places/uk/kyiv.yaml');
    const text = readFileSync(join(root, result.written!), 'utf8');
    expect(text).toContain('name: Kyiv');
    expect(text).toContain('aliases: []');
    expect(text).toMatch(/^note: /m);
    expect(text).not.toMatch(/^(kind|country|region|coordinates|sources):/m);
  });

  it('writes a Ukrainian translation beside the English, from its text', () => {
    untranslate('content/glossary/uk/donbas.yaml');
    const result = run('glossary', 'donbas', '--lang', 'uk');
    expect(result.ok).toBe(true);
    expect(result.written).toBe('content/glossary/uk/donbas.yaml');
    const text = readFileSync(join(root, result.written!), 'utf8');
    expect(text).toContain('term: Donbas');
    expect(text).toContain('aliases: []');
    expect(text).toMatch(/# Коротке визначення для читача\.\ndefinition: An industrial region/);
    expect(run('glossary', 'donbas', '--lang', 'uk').output[0]).toMatch(
      /^content\/glossary\/uk\/donbas\.yaml already exists/,
    );
  });

  it('runs the content check with its parity check on the translation: only the stamp is left', () => {
    for (const [collection, id, file] of [
      ['pages', 'the-plan', 'content/pages/uk/the-plan.mdx'],
      ['actors', 'vladimir-putin', 'content/actors/uk/vladimir-putin.yaml'],
      ['issues', 'army-size', 'content/issues/uk/army-size.yaml'],
    ] as const) {
      untranslate(file);
      const result = run(collection, id, '--lang', 'uk');
      expect(result.written).toBe(file);
      const problems = problemsIn(result.output, file);
      expect(problems, file).toHaveLength(1);
      expect(problems[0]).toMatch(/does not record which English it was made from/);
    }
  });

  it('refuses to translate an entry that has no English', () => {
    const result = run('actors', 'nobody-at-all', '--lang', 'uk');
    expect(result.ok).toBe(false);
    expect(result.output[0]).toMatch(
      /There is no English actor "nobody-at-all" in content\/actors\//,
    );
    expect(existsSync(join(root, 'content', 'actors', 'uk', 'nobody-at-all.yaml'))).toBe(false);
  });

  // The pinned Node that runs the tests, as `npm run new` would use it.
  it('runs as npm run new, failing with the message when refused', () => {
    const script = resolve('scripts/new-entry.ts');
    const out = execFileSync(
      process.execPath,
      ['--experimental-strip-types', script, 'updates', '2025-11-30-fix'],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(out).toContain('Wrote content/updates/2025-11-30-fix.md.');
    expect(() =>
      execFileSync(
        process.execPath,
        ['--experimental-strip-types', script, 'updates', '2025-11-30-fix'],
        {
          cwd: root,
          stdio: 'pipe',
        },
      ),
    ).toThrow(/already exists/);
  }, 60_000);
});
