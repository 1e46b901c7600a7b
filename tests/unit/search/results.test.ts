import { describe, expect, it } from 'vitest';
import {
  excerptAround,
  filterOptions,
  markForms,
  resultView,
  type PagefindResultData,
} from '../../../src/search/results.ts';

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
      excerpt: '<mark>Kyiv</mark> <mark>kyiv</mark>',
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

  it('takes the excerpt from the page’s text when nothing in Pagefind’s is marked', () => {
    const data: PagefindResultData = {
      url: '/uk/timeline/',
      content: 'Хронологія. Коротко. Російські ракети вдарили по Києву.',
      excerpt: 'Хронологія. Коротко.',
      meta: { title: 'Хронологія' },
      filters: {},
      sub_results: [
        { title: 'Хронологія', url: '/uk/timeline/', excerpt: 'Хронологія.', locations: [] },
      ],
    };
    expect(resultView(data, ['київ', 'києв']).excerpt).toBe(
      'Хронологія. Коротко. Російські ракети вдарили по <mark>Києву</mark>.',
    );
    expect(resultView({ ...data, content: 'Хронологія.' }, ['київ']).excerpt).toBe('Хронологія.');
  });

  it('highlights on the page only the searched terms its text has', () => {
    const data: PagefindResultData = {
      url: '/battlefield/',
      content: 'The battlefield. Russian forces advance on Pokrovsk.',
      excerpt: 'advance on <mark>Pokrovsk</mark>.',
      meta: { title: 'The battlefield' },
      filters: {},
      sub_results: [],
    };
    expect(resultView(data, ['pokrovsk', 'покровськ']).url).toBe(
      '/battlefield/?pagefind-highlight=pokrovsk',
    );
  });

  it('falls back to the URL and the page excerpt when there is no title or heading', () => {
    const view = resultView(
      { url: '/x/', excerpt: 'e', meta: {}, filters: {}, sub_results: [] },
      [],
    );
    expect(view).toMatchObject({ title: '/x/', excerpt: 'e', context: '' });
  });
});

describe('excerptAround', () => {
  const text = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');

  it('cuts the words around the first marked word, a third before it, and marks every form', () => {
    const excerpt = excerptAround(
      `${text} Ракети вдарили по Києву, і Київ. ${text}`,
      ['київ', 'києв'],
      8,
    );
    expect(excerpt).toBe('вдарили по <mark>Києву</mark>, і <mark>Київ</mark>. w0 w1 w2');
  });

  it('starts at the first word near the start of the text, and is empty without a mark', () => {
    expect(excerptAround('Kyiv was struck.', ['kyiv'])).toBe('<mark>Kyiv</mark> was struck.');
    expect(excerptAround('Nothing here.', ['kyiv'])).toBe('');
  });
});

describe('markForms', () => {
  it('marks the other forms of the searched names beside the one Pagefind marked', () => {
    expect(markForms('<mark>Київ</mark> каже, що після ударів по Києву', ['київ', 'києв'])).toBe(
      '<mark>Київ</mark> каже, що після ударів по <mark>Києву</mark>',
    );
  });

  it('leaves an excerpt without any of the terms as it is', () => {
    expect(markForms('Geneva <mark>talks</mark> & more', ['kyiv'])).toBe(
      'Geneva <mark>talks</mark> & more',
    );
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
