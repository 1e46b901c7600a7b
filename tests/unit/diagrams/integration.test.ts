import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import diagrams, { FALLBACK_SCRIPT } from '../../../src/diagrams/integration.ts';
import { recordFailure, resetFailuresForTests } from '../../../src/diagrams/failures.ts';
import { resetRendererForTests } from '../../../src/diagrams/renderer.ts';

type Hooks = AstroIntegration['hooks'];
const hook = <K extends keyof Hooks>(name: K) =>
  diagrams().hooks[name] as unknown as (arg: unknown) => unknown;

beforeEach(() => {
  vi.stubEnv('PEACE_DIAGRAM_CACHE', mkdtempSync(join(tmpdir(), 'diagram-int-')));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  resetRendererForTests();
  resetFailuresForTests();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('diagrams integration', () => {
  it('injects the lazy mermaid loader only when diagrams are drawn in the browser', () => {
    const injectScript = vi.fn();
    // Any file stands for a browser here: this test starts none, on any machine.
    const chrome = join(mkdtempSync(join(tmpdir(), 'chrome-')), 'chrome');
    writeFileSync(chrome, '');
    vi.stubEnv('CHROME_PATH', chrome);
    hook('astro:config:setup')({ injectScript });
    expect(injectScript).not.toHaveBeenCalled();

    resetRendererForTests();
    vi.stubEnv('PEACE_DIAGRAMS', 'client');
    hook('astro:config:setup')({ injectScript });
    expect(injectScript).toHaveBeenCalledWith('page', FALLBACK_SCRIPT);
    // The injected import must name the real fallback module.
    const module = /import '\/(src\/[^']+)'/.exec(FALLBACK_SCRIPT)?.[1] ?? '';
    expect(existsSync(module), module).toBe(true);
  });

  it('fails the build when a .md entry had a broken diagram during the content sync', () => {
    expect(() => hook('astro:build:start')({})).not.toThrow();
    recordFailure(
      'tests/fixtures/diagrams/broken.md',
      'tests/fixtures/diagrams/broken.md:7: mermaid cannot draw this diagram',
    );
    expect(() => hook('astro:build:start')({})).toThrow(
      /1 file\(s\) have a broken diagram:\n\ntests\/fixtures\/diagrams\/broken\.md:7: mermaid cannot draw/,
    );
  });

  it('reports its counts when the build is done', async () => {
    const info = vi.fn();
    await hook('astro:build:done')({ logger: { info } });
    expect(info).toHaveBeenCalledWith(
      'diagrams: 0 from cache, 0 rendered, browser launched 0 time(s)',
    );
  });
});
