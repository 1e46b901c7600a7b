/**
 * Search in each language: a page searches its own edition's index. On a Ukrainian page, an
 * inflected word finds the entry in its dictionary form ("Києві" finds Київ, "Покровська" finds
 * Покровськ, "заморожених активів" finds «Заморожені російські активи») and a name in Latin
 * letters finds the Ukrainian pages ("Kyiv", "Zelensky"); on an English page "Київ" finds Kyiv.
 * The Ukrainian stemmer loads only with a Ukrainian page's first search.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchedPage } from './search-support.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });

/** Every result link shown (paths with #anchors), once the list has settled for `query`. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-page-input', query);
  // The status line names the query (in the page's language) once its results are shown.
  await page.waitForFunction(
    (q) => document.querySelector('.search-status')?.textContent?.includes(q) ?? false,
    query,
  );
  return page.$$eval('[role="option"]', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return `${url.pathname}${url.hash}`;
    }),
  );
}

describe('search in the Ukrainian edition', () => {
  it.each([
    ['Києві', '/uk/glossary/#kyiv'],
    ['Києва', '/uk/glossary/#kyiv'],
    ['Покровська', '/uk/glossary/#pokrovsk'],
    ['заморожених активів', '/uk/glossary/#frozen-russian-assets'],
    ['Kyiv', '/uk/glossary/#kyiv'],
    ['Pokrovsk', '/uk/glossary/#pokrovsk'],
    ['Zelensky', '/uk/actors/volodymyr-zelenskyy/'],
  ])('“%s” finds %s, and only Ukrainian pages', async (query, expected) => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${site.url}/uk/search/`);
    const links = await searchFor(page, query);
    expect(links).toContain(expected);
    expect(links.filter((link) => !link.startsWith('/uk/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the entries in Ukrainian', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/uk/search/`);
    await searchFor(page, 'Покровськ');
    const titles = await page.$$eval('[role="option"]', (links) =>
      links.map((a) => a.textContent ?? ''),
    );
    expect(titles.join(' ')).toMatch(/Покровськ/);
    expect(titles.join(' ')).not.toMatch(/Pokrovsk/);
    await page.close();
  });
});

describe('search in the English edition', () => {
  it('“Київ” finds Kyiv, and only English pages', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    const links = await searchFor(page, 'Київ');
    expect(links).toContain('/glossary/#kyiv');
    expect(links.filter((link) => link.startsWith('/uk/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Ukrainian stemmer', () => {
  /** The stemmer's script requests: before search is opened on a content page, and after. */
  async function stemmerRequests(path: string, query: string): Promise<[string[], string[]]> {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const paths: string[] = [];
    context.on('request', (request) => paths.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    const stemmer = () => paths.filter((p) => p.includes('stemmer-uk'));
    const before = stemmer();
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type(query);
    await page.waitForSelector('[role="option"]');
    const after = stemmer();
    await context.close();
    return [before, after];
  }

  it('loads with the first search on a Ukrainian page, not before', async () => {
    const [before, after] = await stemmerRequests('/uk/the-plan/', 'Покровська');
    expect(before).toEqual([]);
    expect(after).toHaveLength(1);
  });

  it('never loads on an English page', async () => {
    const [before, after] = await stemmerRequests('/the-plan/', 'Pokrovsk');
    expect([...before, ...after]).toEqual([]);
  });
});
