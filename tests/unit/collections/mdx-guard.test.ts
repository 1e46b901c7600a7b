import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkMdxFolders, mdxPolicy } from '../../../src/collections/mdx-guard.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A throwaway project whose content/pages holds the given files. */
function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'mdx-policy-'));
  mkdirSync(join(root, 'content/pages/nested'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

/** Runs the integration's astro:config:setup hook as Astro would, with a fake context. */
function setup(dir: string) {
  const updateConfig = vi.fn();
  const hook = mdxPolicy().hooks['astro:config:setup'] as unknown as (ctx: object) => void;
  hook({
    config: { root: pathToFileURL(`${dir}/`) },
    updateConfig,
    logger: { info: vi.fn() },
  });
  return updateConfig;
}

describe('mdxPolicy integration', () => {
  it('stops the build in astro:config:setup on the hostile import fixture, naming file and line', () => {
    const dir = project({});
    cpSync('tests/fixtures/hostile/import-node-fs.mdx', join(dir, 'content/pages/nested/evil.mdx'));
    expect(() => setup(dir)).toThrow(
      /^MDX content policy: 2 problems\.[^\n]*\ncontent\/pages\/nested\/evil\.mdx:6: import\/export is not allowed/,
    );
  });

  it('lists problems from every file, then the command to re-check', () => {
    const dir = project({
      'content/pages/a.mdx': '# A\n\n{x}',
      'content/pages/b.mdx': '# B\n\n<script></script>',
    });
    let message = '';
    try {
      setup(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('content/pages/a.mdx:3: the JavaScript expression {x}');
    expect(message).toContain('content/pages/b.mdx:3: <script> is not allowed');
    expect(message).toMatch(/npm run check:mdx$/);
  });

  it('lets clean content through and adds a Vite plugin that checks each .mdx module', () => {
    const dir = project({ 'content/pages/ok.mdx': '# Fine\n\n<EventList />' });
    const updateConfig = setup(dir);
    const plugin = updateConfig.mock.calls[0]?.[0].vite.plugins[0];
    expect(plugin.enforce).toBe('pre');
    const id = join(dir, 'content/pages/new.mdx');
    expect(plugin.transform('# ok', id)).toBeNull();
    // Astro's generated wrapper modules carry a query and are JavaScript, not MDX.
    const wrapper = 'export default { getMod: () => import("./new.mdx") };';
    expect(plugin.transform(wrapper, `${id}?astroPropagatedAssets`)).toBeNull();
    expect(plugin.transform('# x', join(dir, 'src/a.ts'))).toBeNull();
    expect(() => plugin.transform('import fs from "node:fs"', id)).toThrow(
      'content/pages/new.mdx:1: import/export is not allowed',
    );
  });

  it('counts files and ignores folders that do not exist', () => {
    const dir = project({ 'content/pages/ok.mdx': '# Fine' });
    expect(checkMdxFolders(dir, ['content', 'missing'])).toEqual({ problems: [], files: 1 });
  });
});
