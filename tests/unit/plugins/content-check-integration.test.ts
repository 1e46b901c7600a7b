import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../../src/plugins/content-check-integration.ts';

type SetupHook = (params: {
  config: { root: URL };
  command: string;
  logger: { info: (m: string) => void; error: (m: string) => void };
}) => void;

/** Run the integration's config:setup hook on a fixture root, collecting what it logs. */
function setup(root: string, contentDir: string, command = 'build') {
  const logged: string[] = [];
  const hook = contentCheck({ contentDir }).hooks['astro:config:setup'] as unknown as SetupHook;
  const run = () =>
    hook({
      config: { root: pathToFileURL(`${process.cwd()}/${root}/`) },
      command,
      logger: { info: (m) => logged.push(`info: ${m}`), error: (m) => logged.push(`error: ${m}`) },
    });
  return { run, logged };
}

describe('contentCheck() integration', () => {
  it('passes on good content', () => {
    const { run, logged } = setup('tests/fixtures/content-good', 'content');
    run();
    expect(logged).toEqual(['info: content/ checked: no problems.']);
  });

  it('fails the build with every problem listed', () => {
    const { run } = setup('tests/fixtures/content-bad/unknown-field', 'content/');
    expect(run).toThrow(
      [
        'Content check found 3 problems. Fix each one at the file and line shown:',
        '',
        'content/glossary/geneva.yaml:2: unknown field "alias" (did you mean "aliases"?). The fields are: term, aliases, definition, place, sources.',
      ].join('\n'),
    );
  });

  it('only logs the problems in astro dev', () => {
    const { run, logged } = setup('tests/fixtures/content-bad/unknown-field', 'content', 'dev');
    run();
    expect(logged[0]).toMatch(/^error: Content check found 3 problems/);
  });
});

describe('npm run check:content', () => {
  // Runs the CLI exactly as package.json does, on Node's type stripping.
  const cli = (folder: string) =>
    spawnSync(
      process.execPath,
      ['--experimental-strip-types', 'scripts/check-content.ts', folder],
      {
        encoding: 'utf8',
      },
    );

  it('exits 0 on good content', () => {
    const result = cli('tests/fixtures/content-good/content');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'Content check: no problems in tests/fixtures/content-good/content/.\n',
    );
    expect(result.status).toBe(0);
  });

  it('prints the problems and exits 1 on bad content', () => {
    const result = cli('tests/fixtures/content-bad/malformed-yaml/content');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/actors/rustem-umerov.yaml:3:7: YAML syntax error: Nested mappings are not allowed in compact mappings.',
    );
  });
});
