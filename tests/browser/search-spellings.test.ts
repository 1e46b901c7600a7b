/**
 * Alternative spellings find what the site's own spelling finds: "kiev" the pages that say
 * "Kyiv", "zelensky" those that say "Zelenskyy", "donbass" those that say "Donbas", and so for
 * every alias in the map the build generates from the glossary and actor data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../support/static-server.ts';
import { resultLinks, searchOnPage, watchedPage } from './search-support.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });
let page: Page;
let errors: string[];
beforeAll(async () => {
  ({ page, errors } = await watchedPage(site.browser));
  await page.goto(`${site.url}/search/`);
});

async function linksFor(query: string): Promise<{ status: string; links: string[] }> {
  const status = await searchOnPage(page, query);
  return { status, links: await resultLinks(page) };
}

describe('alternative spellings', () => {
  it.each([
    ['kiev', 'Kyiv'],
    ['zelensky', 'Zelenskyy'],
    ['Zelenskiy', 'Zelenskyy'],
    ['donbass', 'Donbas'],
    ['kiev missile strikes', 'Kyiv missile strikes'],
  ])('“%s” finds the same results as “%s”', async (alias, canonical) => {
    const wanted = await linksFor(canonical);
    expect(wanted.links.length).toBeGreaterThan(0);
    const got = await linksFor(alias);
    expect(got.links).toEqual(wanted.links);
    expect(got.status).toContain('searched as');
  });

  // Every alias is searched for: a few minutes on a busy 2-core machine.
  it(
    'every alias in the generated map finds what its spelling finds',
    { timeout: 600_000 },
    async () => {
      const map = JSON.parse(
        readFileSync(join(DIST_DIR, 'pagefind', 'spellings.en.json'), 'utf8'),
      ) as Record<string, string>;
      expect(Object.keys(map)).toEqual(expect.arrayContaining(['kiev', 'zelensky', 'donbass']));
      // Many aliases share a spelling: what the spelling finds is searched for once.
      const found = new Map<string, Awaited<ReturnType<typeof linksFor>>>();
      for (const [alias, spelling] of Object.entries(map)) {
        const wanted = found.get(spelling) ?? (await linksFor(spelling));
        found.set(spelling, wanted);
        expect(wanted.links.length, `“${spelling}” (for “${alias}”) finds nothing`).toBeGreaterThan(
          0,
        );
        const got = await linksFor(alias);
        expect(got.links, `“${alias}” should find what “${spelling}” finds`).toEqual(wanted.links);
      }
      expect(errors).toEqual([]);
    },
  );
});
