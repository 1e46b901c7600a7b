import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDevIndex } from '../../../src/dev/search-index.ts';
import type { EntryRecord, RenderedPage } from '../../../src/search/index.ts';

const contentDir = resolve('tests/fixtures/content-good');
const quiet = { info: () => undefined, error: () => undefined };

const page = (url: string, words: string): RenderedPage => ({
  url,
  where: url,
  html: `<html lang="en"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words}</p></main></body></html>`,
});

/** A dev index over pages the test controls, with a fake Pagefind that lists what it indexed. */
function setup(pages: () => RenderedPage[]) {
  let renders = 0;
  const indexed: EntryRecord[][] = [];
  const index = createDevIndex({
    contentDir,
    delayMs: 20,
    log: quiet,
    render: async () => {
      renders += 1;
      await new Promise((done) => setTimeout(done, 30));
      return pages();
    },
    indexFiles: async (records) => {
      indexed.push([...records]);
      return new Map([
        ['pagefind.js', new TextEncoder().encode(records.map((r) => r.url).join(' '))],
      ]);
    },
  });
  return { index, renders: () => renders, indexed };
}

describe('createDevIndex', () => {
  it('is building until its first index, and serves its files and spellings once ready', async () => {
    const { index } = setup(() => [page('/a/', 'alpha')]);
    index.schedule();
    expect(index.status()).toEqual({ state: 'building', version: 0, pages: 0 });
    // A request for a file while the first index is built waits for it rather than failing.
    const file = await index.file('pagefind.js');
    expect(new TextDecoder().decode(file)).toBe('/a/');
    expect(index.status()).toEqual({ state: 'ready', version: 1, pages: 1 });
    expect(await index.file('spellings.en.json')).toBeDefined();
    expect(await index.file('missing.pf_index')).toBeUndefined();
  });

  it('builds once for a burst of changes, and again for a change made during a build', async () => {
    let words = 'alpha';
    const { index, renders, indexed } = setup(() => [page('/a/', words)]);
    index.schedule();
    index.schedule();
    index.schedule();
    await index.settled();
    expect(renders()).toBe(1);

    index.schedule();
    await new Promise((done) => setTimeout(done, 35)); // the pause is over, the render is running
    words = 'beta';
    index.schedule();
    expect(index.status().state).toBe('building');
    await index.settled();
    expect(renders()).toBe(3);
    expect(indexed.at(-1)?.[0]?.content).toContain('beta');
    expect(index.status()).toMatchObject({ state: 'ready', version: 3 });
    index.stop();
  });

  it('reports a failed build, keeps the last index, and recovers on the next change', async () => {
    let broken = false;
    const { index } = setup(() => (broken ? [] : [page('/a/', 'alpha')]));
    index.schedule();
    await index.settled();
    broken = true;
    index.schedule();
    await index.settled();
    expect(index.status()).toMatchObject({ state: 'failed', version: 1 });
    expect(index.status().message).toMatch(/data-pagefind-body/);
    expect(await index.file('pagefind.js')).toBeDefined();
    broken = false;
    index.schedule();
    expect(index.status().state).toBe('building');
    await index.settled();
    expect(index.status()).toMatchObject({ state: 'ready', version: 2 });
  });

  it('indexes with Pagefind itself by default, in memory', async () => {
    const index = createDevIndex({
      contentDir,
      delayMs: 0,
      log: quiet,
      render: async () => [page('/a/', 'alpha words'), page('/b/', 'beta words')],
    });
    index.schedule();
    await index.settled();
    expect(index.status()).toMatchObject({ state: 'ready', version: 1, pages: 2 });
    const loader = await index.file('pagefind.js');
    expect(new TextDecoder().decode(loader)).toContain('pagefind');
    expect(await index.file('pagefind-entry.json')).toBeDefined();
    expect(await index.file('pagefind-ui.js')).toBeUndefined();
  }, 30_000);
});
