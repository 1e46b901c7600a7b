import { describe, expect, it } from 'vitest';
import { filterOptions, resultView, type PagefindResultData } from '../../../src/search/results.ts';

const sub = (title: string, url: string, hits: number, anchor = true) => ({
  title,
  url,
  excerpt: `${title} <mark>kyiv</mark>`,
  locations: Array.from({ length: hits }, (_, i) => i),
  anchor: anchor ? { element: 'h2', id: url.split('#')[1] ?? '' } : undefined,
});

describe('resultView', () => {
  it('shows an entry with its kind and page, linking to its anchor with the highlight', () => {
    const data: PagefindResultData = {
      url: '/glossary/#kyiv',
      excerpt: 'page excerpt',
      meta: { title: 'Kyiv', page: 'Glossary' },
      filters: { kind: ['Glossary term'] },
      sub_results: [sub('Kyiv', '/glossary/#kyiv', 2, false)],
    };
    expect(resultView(data, ['kyiv'])).toEqual({
      title: 'Kyiv',
      url: '/glossary/?pagefind-highlight=kyiv#kyiv',
      context: 'Glossary term · Glossary',
      excerpt: 'Kyiv <mark>kyiv</mark>',
      subs: [],
    });
  });

  it('keeps the three headings with most hits, in page order', () => {
    const data: PagefindResultData = {
      url: '/battlefield/',
      excerpt: 'page excerpt',
      meta: { title: 'The battlefield' },
      filters: { kind: ['Explainer page'] },
      sub_results: [
        sub('A', '/battlefield/#a', 1),
        sub('B', '/battlefield/#b', 5),
        sub('C', '/battlefield/#c', 2),
        sub('D', '/battlefield/#d', 3),
      ],
    };
    const view = resultView(data, []);
    expect(view.subs.map((s) => s.title)).toEqual(['B', 'C', 'D']);
    expect(view.subs[0]!.url).toBe('/battlefield/#b');
    expect(view.excerpt).toBe('');
    expect(view.context).toBe('Explainer page');
  });

  it('falls back to the URL and the page excerpt when there is no title or heading', () => {
    const view = resultView(
      { url: '/x/', excerpt: 'e', meta: {}, filters: {}, sub_results: [] },
      [],
    );
    expect(view).toMatchObject({ title: '/x/', excerpt: 'e', context: '' });
  });
});

describe('filterOptions', () => {
  it('lists values with results in the given order, then others alphabetically', () => {
    expect(
      filterOptions({ Source: 2, Event: 3, Actor: 0, Zebra: 1, Alpha: 1 }, [], ['Event', 'Source']),
    ).toEqual([
      { value: 'Event', count: 3, checked: false },
      { value: 'Source', count: 2, checked: false },
      { value: 'Alpha', count: 1, checked: false },
      { value: 'Zebra', count: 1, checked: false },
    ]);
  });

  it('keeps a chosen value even when it has no results now', () => {
    expect(filterOptions({ Event: 0 }, ['Event'])).toEqual([
      { value: 'Event', count: 0, checked: true },
    ]);
    expect(filterOptions(undefined, [])).toEqual([]);
  });
});
