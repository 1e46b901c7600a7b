/**
 * Alternative spellings find what the site's own spelling finds: "kiev" the pages that say
 * "Kyiv", "zelensky" those that say "Zelenskyy", "donbass" those that say "Donbas", and so for
 * every alias in the map the build generates from the glossary and actor data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../support/static-server.ts';
import { resultLinks, searchOnPage, submitOnPage, useSharedPage } from './search-support.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });
// Every test searches on the same /search/ page, one query after another.
const shared = useSharedPage(site, { path: '/search/' });

/** The status and result links for `query`, typed as a reader types it. */
async function linksFor(query: string): Promise<{ status: string; links: string[] }> {
  const status = await searchOnPage(shared.page, query);
  return { status, links: await resultLinks(shared.page) };
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
    expect(shared.errors).toEqual([]);
  });

  // Every alias and spelling is searched for, over two hundred searches: each is typed and sent
  // with Enter, so none waits for the pause of searching as one types.
  it(
    'every alias in the generated map finds what its spelling finds',
    { timeout: 600_000 },
    async () => {
      const map = JSON.parse(
        readFileSync(join(DIST_DIR, 'pagefind', 'spellings.en.json'), 'utf8'),
      ) as Record<string, string>;
      expect(Object.keys(map)).toEqual(expect.arrayContaining(['kiev', 'zelensky', 'donbass']));
      // Many aliases share a spelling: what the spelling finds is searched for once.
      const found = new Map<string, Awaited<ReturnType<typeof submitOnPage>>>();
      for (const [alias, spelling] of Object.entries(map)) {
        const wanted = found.get(spelling) ?? (await submitOnPage(shared.page, spelling));
        found.set(spelling, wanted);
        expect(wanted.links.length, `“${spelling}” (for “${alias}”) finds nothing`).toBeGreaterThan(
          0,
        );
        const got = await submitOnPage(shared.page, alias);
        expect(got.links, `“${alias}” should find what “${spelling}” finds`).toEqual(wanted.links);
      }
      expect(shared.errors).toEqual([]);
    },
  );
});
