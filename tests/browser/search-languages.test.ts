/**
 * Search in each language: a page searches its own edition's index. On a Ukrainian page, any
 * form of a name finds every page that uses any form of it ("Києві", "Києва", "Київ" and "Kyiv"
 * find the same pages: those that say "Київ", "Києва", "Києву", "Kyiv"…), an inflected word finds
 * the entry in its dictionary form ("Покровська" finds Покровськ, "заморожених активів" finds
 * «Заморожені російські активи»), and a name in Latin letters finds the Ukrainian pages ("Kyiv",
 * "Zelensky"); on an English page "Київ" finds Kyiv. Results are never listed twice, and a page
 * found through another form of the name shows that form marked. The Ukrainian stemmer loads only
 * with a Ukrainian page's first search. For a build served under a sub-path, every result is
 * under its base, before the language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSharedPage } from './search-support.ts';
import { served, useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });

/** The address of a file of the served build: `/pagefind/pagefind.js` under any base. */
const builtUrl = (path: string): string => new URL(served(path), site.url).href;

/**
 * Every result link shown for `query` (addresses with #anchors, the base included), after
 * "Show more results" until there are no more: `pages` the results, `all` with their headings.
 */
async function searchFor(page: Page, query: string): Promise<{ pages: string[]; all: string[] }> {
  // On a page the previous test searched on, the field may hold this very query: its status
  // would already match, and the search the new input starts would then redraw the results
  // while they are read. Empty the field first.
  if ((await page.inputValue('#search-page-input')) === query) {
    await page.fill('#search-page-input', '');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent === '');
  }
  await page.fill('#search-page-input', query);
  // The status line quotes the query (as the page's language does) once its results are shown.
  await page.waitForFunction((q) => {
    const text = document.querySelector('.search-status')?.textContent ?? '';
    return text.includes(`«${q}»`) || text.includes(`“${q}”`);
  }, query);
  const more = page.locator('.search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('[role="option"]').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[role="option"]').length > n,
      shown,
    );
  }
  const links = (selector: string) =>
    page.$$eval(selector, (options) =>
      options.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return `${url.pathname}${url.hash}`;
      }),
    );
  return {
    pages: await links('[role="option"]:not(.search-sub)'),
    all: await links('[role="option"]'),
  };
}

/**
 * The results whose indexed text has a word starting with one of `prefixes` (Pagefind's own
 * text of each page, read without the search UI, its spelling map or the names the index adds):
 * the pages that say the name in one of its forms. Pagefind is asked for each prefix, and each
 * result kept only if its text has such a word, so a result the index found by anything else
 * does not count.
 */
async function pagesSaying(page: Page, prefixes: readonly string[]): Promise<string[]> {
  // As a string: the test runner rewrites a dynamic import() in a function passed to the page.
  const found = await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(builtUrl('/pagefind/pagefind.js'))});
    const prefixes = ${JSON.stringify(prefixes)};
    const word = new RegExp('(^|[^\\\\p{L}])(' + prefixes.join('|') + ')', 'iu');
    const found = new Set();
    for (const prefix of prefixes) {
      const response = await pagefind.search(prefix);
      for (const result of response.results) {
        const data = await result.data();
        const url = new URL(data.url, location.href);
        if (word.test(data.content)) found.add(url.pathname + url.hash);
      }
    }
    return [...found].sort();
  })()`);
  return found as string[];
}

/**
 * The shared search page's context. Its reader asks for reduced motion, so the page scrolls
 * without smooth scrolling: before each click on "Show more results", Playwright waits for the
 * button to stop moving, which smooth scrolling makes take half a second.
 */
const CONTEXT = { reducedMotion: 'reduce' } as const;

/** The forms of Київ the pages use ("Київ", "Києва", "Києві", "Києву", "Києвом", "Kyiv"). */
const KYIV_FORMS = ['київ', 'києв', 'kyiv', 'kiev'];

describe('search in the Ukrainian edition', () => {
  // One Ukrainian search page for these tests: each searches on it, one query after another.
  const uk = useSharedPage(site, { path: '/uk/search/', context: CONTEXT });

  it.each([
    ['Києві', '/uk/glossary/#kyiv'],
    ['Києва', '/uk/glossary/#kyiv'],
    ['Покровська', '/uk/glossary/#pokrovsk'],
    ['заморожених активів', '/uk/glossary/#frozen-russian-assets'],
    ['Kyiv', '/uk/glossary/#kyiv'],
    ['Pokrovsk', '/uk/glossary/#pokrovsk'],
    ['Zelensky', '/uk/actors/volodymyr-zelenskyy/'],
  ])('“%s” finds %s, and only Ukrainian pages', async (query, expected) => {
    const { all } = await searchFor(uk.page, query);
    expect(all).toContain(served(expected));
    expect(all.filter((link) => !link.startsWith(served('/uk/')))).toEqual([]);
    expect(uk.errors).toEqual([]);
  });

  it.each([
    [['Києві', 'Києва', 'Києву', 'Київ', 'Kyiv'], KYIV_FORMS],
    [
      ['Покровська', 'Покровськ', 'Pokrovsk'],
      ['покровськ', 'pokrovsk'],
    ],
  ])(
    'each of %j finds every page that says the name in any of its forms, each once',
    async (queries, forms) => {
      let saying: string[] | undefined;
      for (const query of queries) {
        const { pages, all } = await searchFor(uk.page, query);
        // What Pagefind's own text says does not depend on the query: read once, after the first
        // search has loaded Pagefind the way the page sets it up.
        saying ??= await pagesSaying(uk.page, forms);
        // Pages that say only "Київ" and pages that say only "Києву" are both there.
        expect(saying.length).toBeGreaterThan(5);
        expect([...pages].sort(), `“${query}”`).toEqual(saying);
        expect(new Set(all).size, `“${query}” lists a result twice`).toBe(all.length);
      }
      expect(uk.errors).toEqual([]);
    },
  );

  it('“заморожених активів” finds every page that says both words, in any form', async () => {
    const { page, errors } = uk;
    const { pages } = await searchFor(page, 'заморожених активів');
    const [frozen, assets] = [
      await pagesSaying(page, ['заморожен']),
      await pagesSaying(page, ['актив']),
    ];
    const both = frozen.filter((url) => assets.includes(url));
    expect(both.length).toBeGreaterThan(0);
    expect(pages).toEqual(expect.arrayContaining(both));
    expect(errors).toEqual([]);
  });

  it('marks the form each page found through another form uses, in the list and on the page', async () => {
    // This test leaves the search page; the next one finds it open again (useSharedPage).
    const { page, errors } = uk;
    await searchFor(page, 'Київ');
    // Each result with the words marked in its excerpt and those of its headings.
    const results = await page.$$eval('[role="option"]', (options) => {
      const found: { href: string; marks: string[] }[] = [];
      for (const option of options) {
        if (!option.classList.contains('search-sub')) {
          found.push({ href: (option as HTMLAnchorElement).href, marks: [] });
        }
        found
          .at(-1)
          ?.marks.push(...[...option.querySelectorAll('mark')].map((m) => m.textContent ?? ''));
      }
      return found;
    });
    expect(results.filter((r) => r.marks.length === 0)).toEqual([]);
    const other = results.find((r) => r.marks.every((m) => !/^київ/i.test(m)));
    expect(other, 'a result that says Київ only in another form').toBeDefined();
    await page.goto(other!.href);
    await page.waitForSelector('mark.search-hit');
    const marked = await page.$$eval('mark.search-hit', (marks) => marks.map((m) => m.textContent));
    expect(marked).toEqual(expect.arrayContaining([other!.marks[0]]));
    expect(errors).toEqual([]);
  });

  it('shows the entries in Ukrainian', async () => {
    const { page, errors } = uk;
    await searchFor(page, 'Покровськ');
    const titles = await page.$$eval('[role="option"]', (links) =>
      links.map((a) => a.textContent ?? ''),
    );
    expect(titles.join(' ')).toMatch(/Покровськ/);
    expect(titles.join(' ')).not.toMatch(/Pokrovsk/);
    expect(errors).toEqual([]);
  });
});

describe('search in the English edition', () => {
  const en = useSharedPage(site, { path: '/search/', context: CONTEXT });

  it('“Київ” finds Kyiv, and only English pages', async () => {
    const { page, errors } = en;
    const { all } = await searchFor(page, 'Київ');
    expect(all).toContain(served('/glossary/#kyiv'));
    expect(all.filter((link) => !link.startsWith(served('/')))).toEqual([]);
    expect(all.filter((link) => link.startsWith(served('/uk/')))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('each of “Київ”, “Kyiv” and “Kiev” finds every English page that says Kyiv or Kiev, each once', async () => {
    const { page, errors } = en;
    let saying: string[] | undefined;
    for (const query of ['Київ', 'Kyiv', 'Kiev']) {
      const { pages, all } = await searchFor(page, query);
      saying ??= await pagesSaying(page, KYIV_FORMS);
      expect(saying.length).toBeGreaterThan(5);
      expect([...pages].sort(), `“${query}”`).toEqual(saying);
      expect(new Set(all).size, `“${query}” lists a result twice`).toBe(all.length);
    }
    expect(errors).toEqual([]);
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
