/**
 * Everything a reader may look for is found and lands on its own anchor: each actor, event,
 * provision, glossary term and source by its name, the text version of each diagram by its
 * words, and the searches readers actually make ("pokrovsk", "article 5", "frozen assets").
 * Searched on the /search/ page, which runs the same UI as the dialog: one page for the whole
 * file, each name typed and sent with Enter.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, builtHtml } from '../../support/pages.ts';
import { eventUrl, provisionUrl, sourceUrl, termUrl, actorUrl } from '../../src/shared/urls.ts';
import {
  contentEntries,
  searchOnPage,
  submitOnPage,
  useSharedPage,
  watchedPage,
} from './search-support.ts';
import { useSite } from '../helpers/site.ts';

/** A result counts as found when it is among the first results shown. */
const TOP = 5;

const site = useSite({ gzip: true });
const shared = useSharedPage(site, { path: '/search/' });

async function expectFound(query: string, url: string): Promise<void> {
  const top = (await submitOnPage(shared.page, query)).top.slice(0, TOP);
  expect(top, `searching for “${query}”`).toContain(url);
}

const text = (value: unknown): string => String(value ?? '');

const cases: [string, { query: string; url: string }[]][] = [
  [
    'actor',
    contentEntries('actors').map((e) => ({ query: text(e.data['name']), url: actorUrl(e.id) })),
  ],
  [
    'event',
    contentEntries('events').map((e) => ({ query: text(e.data['title']), url: eventUrl(e.id) })),
  ],
  [
    'provision',
    contentEntries('provisions').map((e) => ({
      query: text(e.data['title']),
      url: provisionUrl(e.id),
    })),
  ],
  [
    'glossary term',
    contentEntries('glossary').map((e) => ({ query: text(e.data['term']), url: termUrl(e.id) })),
  ],
  [
    'source',
    contentEntries('sources').map((e) => ({ query: text(e.data['title']), url: sourceUrl(e.id) })),
  ],
];

describe.each(cases)('each %s', (_kind, entries) => {
  it('is found by its name and links to its own page or anchor', async () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const { query, url } of entries) await expectFound(query, url);
    expect(shared.errors).toEqual([]);
  });
});

describe('every other name of an actor or a glossary term', () => {
  const aliases = (folder: 'actors' | 'glossary', url: (id: string) => string) =>
    contentEntries(folder).flatMap((e) =>
      (Array.isArray(e.data['aliases']) ? e.data['aliases'] : []).map((alias) => ({
        query: text(alias),
        url: url(e.id),
      })),
    );

  it.each([
    ['actors', actorUrl],
    ['glossary', termUrl],
  ] as const)('finds the %s entry it names', async (folder, url) => {
    const entries = aliases(folder, url);
    expect(entries.length).toBeGreaterThan(0);
    for (const { query, url: wanted } of entries) await expectFound(query, wanted);
    expect(shared.errors).toEqual([]);
  });
});

/**
 * Whether a diagram's words are in the language of its page. A Ukrainian page still showing a
 * diagram's English text is not searched for it: the Ukrainian index rewrites Latin names to
 * their Ukrainian spelling, as a Ukrainian reader expects.
 */
const inLanguageOf = (path: string, words: string): boolean =>
  !path.startsWith('/uk/') || /\p{Script=Cyrillic}/u.test(words);

describe('the text version of each diagram', () => {
  const diagrams = builtPages().flatMap((path) => {
    const html = builtHtml(path);
    if (!/data-pagefind-body/.test(html)) return [];
    return [...html.matchAll(/<details class="diagram__text"[^>]*>[\s\S]*?<p>([^<]+)<\/p>/g)]
      .map((m) => ({ path, words: m[1]!.split(/\s+/).slice(0, 8).join(' ') }))
      .filter(({ words }) => inLanguageOf(path, words));
  });

  it.skipIf(diagrams.length === 0)('is found by its words, on its page', async () => {
    // Each edition has its own index: a Ukrainian page is searched from the Ukrainian search page.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const uk = await watchedPage(context);
    await uk.page.goto(`${site.url}/uk/search/`);
    for (const { path, words } of diagrams) {
      const on = path.startsWith('/uk/') ? uk.page : shared.page;
      const pages = (await submitOnPage(on, words)).top.map((u) => u.replace(/#.*/, ''));
      expect(pages, `searching for “${words}”`).toContain(path);
    }
    expect([...shared.errors, ...uk.errors]).toEqual([]);
    await context.close();
  });
});

describe('what readers search for', () => {
  it.each([
    ['pokrovsk', termUrl('pokrovsk')],
    ['article 5', termUrl('article-5')],
    ['frozen assets', termUrl('frozen-russian-assets')],
    ['witkoff', actorUrl('steve-witkoff')],
    ['geneva', eventUrl('2025-11-23-geneva-talks')],
  ])('“%s” finds %s', async (query, url) => {
    await expectFound(query, url);
    expect(shared.errors).toEqual([]);
  });

  it('“pokrovsk” also finds the explainer page on the battlefield, at its heading', async () => {
    const { page, errors } = shared;
    await searchOnPage(page, 'pokrovsk');
    const links = await page.$$eval('[role="option"]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(
      links.some((href) => /^\/battlefield\/\?pagefind-highlight=pokrovsk#./.test(href ?? '')),
    ).toBe(true);
    expect(errors).toEqual([]);
  });
});
