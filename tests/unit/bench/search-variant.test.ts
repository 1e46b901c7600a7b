import { describe, expect, it } from 'vitest';
import { mainWords, seededRandom, variantPage } from '../../../bench/search-variant.ts';

const page =
  '<html><head><title>T</title></head><body><header>Header words stay</header><main data-pagefind-body>' +
  '<h1 data-pagefind-meta="title">Ukraine talks</h1><p>Negotiators discussed security guarantees &nbsp; in Geneva.</p>' +
  '<style>.words{color:red}</style><li id="e" data-search-entry="event" data-search-title="Event">Event text</li>' +
  '</main><footer>Footer</footer></body></html>';

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const n of first) expect(n >= 0 && n < 1).toBe(true);
  });
});

describe('mainWords', () => {
  it('reads words of four letters or more from <main>, not from code, tags or entities', () => {
    const words = mainWords(page);
    expect(words).toEqual(expect.arrayContaining(['Ukraine', 'Negotiators', 'Geneva', 'Event']));
    expect(words).not.toEqual(expect.arrayContaining(['Header']));
    expect(words).not.toEqual(expect.arrayContaining(['nbsp']));
    expect(words).not.toEqual(expect.arrayContaining(['color']));
  });
});

describe('variantPage', () => {
  const vocabulary = ['zzzalpha', 'zzzbeta', 'zzzgamma'];
  const variant = variantPage(page, 3, vocabulary);

  it('varies the main text with the vocabulary and numbers the title', () => {
    expect(variant).toMatch(/zzz(alpha|beta|gamma)/);
    expect(variant).toMatch(/data-pagefind-meta="title">[^<]* \(variant 3\)</);
    expect(variantPage(page, 3, vocabulary)).toBe(variant);
    expect(variantPage(page, 4, vocabulary)).not.toBe(variant);
  });

  it('leaves the chrome, styles and entities alone and drops entry marks', () => {
    expect(variant).toContain('<header>Header words stay</header>');
    expect(variant).toContain('<style>.words{color:red}</style>');
    expect(variant).toContain('&nbsp;');
    expect(variant).not.toContain('data-search-entry');
    expect(variant).toContain('<li id="e">');
  });

  it('returns a page without <main> unchanged', () => {
    expect(variantPage('<p>x</p>', 1, vocabulary)).toBe('<p>x</p>');
  });
});
