import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../../src/collections/integration.ts';

type SetupHook = (params: {
  config: { root: URL };
  command: string;
  logger: { info: (m: string) => void; warn: (m: string) => void; error: (m: string) => void };
  updateConfig: (config: object) => void;
}) => void;

/** Run the integration's config:setup hook on a fixture root, collecting what it logs. */
function setup(root: string, contentDir: string, command = 'build') {
  const logged: string[] = [];
  const hook = contentCheck({ contentDir }).hooks['astro:config:setup'] as unknown as SetupHook;
  const run = () =>
    hook({
      config: { root: pathToFileURL(`${process.cwd()}/${root}/`) },
      command,
      logger: {
        info: (m) => logged.push(`info: ${m}`),
        warn: (m) => logged.push(`warn: ${m}`),
        error: (m) => logged.push(`error: ${m}`),
      },
      updateConfig: () => undefined,
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

describe('the MDX guard of the integration', () => {
  it('adds a Vite plugin, before the MDX compiler, that applies the policy to each .mdx module the build did not check first', () => {
    const plugins: { enforce: string; transform(code: string, id: string): null }[] = [];
    const hook = contentCheck().hooks['astro:config:setup'] as unknown as (ctx: object) => void;
    const root = `${process.cwd()}/tests/fixtures/content-good`;
    hook({
      config: { root: pathToFileURL(`${root}/`) },
      command: 'build',
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      updateConfig: (config: { vite: { plugins: typeof plugins } }) =>
        plugins.push(...config.vite.plugins),
    });
    const [plugin] = plugins;
    expect(plugin?.enforce).toBe('pre');
    const id = `${root}/src/pages/new.mdx`;
    expect(plugin?.transform('# ok', id)).toBeNull();
    // Astro's generated wrapper modules carry a query and are JavaScript, not MDX.
    const wrapper = 'export default { getMod: () => import("./new.mdx") };';
    expect(plugin?.transform(wrapper, `${id}?astroPropagatedAssets`)).toBeNull();
    expect(plugin?.transform('# x', `${root}/src/a.ts`)).toBeNull();
    expect(() => plugin?.transform('import fs from "node:fs"', id)).toThrow(
      'src/pages/new.mdx:1: import/export is not allowed',
    );
    // The files of content/ were checked, all of them, before the build began.
    const checked = `${root}/content/pages/new.mdx`;
    expect(plugin?.transform('import fs from "node:fs"', checked)).toBeNull();
  });
});

describe('npm run check', { timeout: 60_000 }, () => {
  // Runs the CLI exactly as package.json does, on Node's type stripping.
  const cli = (folder: string) =>
    spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/check.ts', folder], {
      encoding: 'utf8',
    });

  it('exits 0 on good content, by relative or absolute path', () => {
    for (const folder of [
      'tests/fixtures/content-good/content',
      `${process.cwd()}/tests/fixtures/content-good/content`,
    ]) {
      const result = cli(folder);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(
        new RegExp(
          `^Content check of ${folder}: 12 entries, 0 diagram\\(s\\) parsed by Mermaid; no problems \\(`,
        ),
      );
      expect(result.status).toBe(0);
    }
  });

  it('prints the problems and exits 1 on bad content', () => {
    const result = cli('tests/fixtures/content-bad/malformed-yaml/content');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/actors/rustem-umerov.yaml:3:7: YAML syntax error: Nested mappings are not allowed in compact mappings.',
    );
  });

  it('refuses a folder with no content files, and a path with no folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'empty-'));
    const result = cli(empty);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${empty}:1: this folder holds no content files`);
    const missing = cli(join(empty, 'nothing'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('there is no folder here');
  });
});
