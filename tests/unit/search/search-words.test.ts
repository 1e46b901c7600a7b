import { describe, expect, it } from 'vitest';
import {
  highlightRanges,
  isSpellingOf,
  searchWords,
  termsIn,
} from '../../../src/search/search-words.ts';

describe('searchWords', () => {
  it('lower-cases, folds diacritics and drops punctuation but keeps inner apostrophes', () => {
    expect(searchWords('Zelenskyy’s “plan”: Kyïv, (NATO) <b>5</b>!')).toEqual([
      'zelenskyy’s',
      'plan',
      'kyiv',
      'nato',
      'b',
      '5',
      'b',
    ]);
  });

  it('keeps Cyrillic words with their own letters (й, ї), for the stemmer, and drops emoji', () => {
    expect(searchWords('Київ 🇺🇦 мир, Зеленський')).toEqual(['київ', 'мир', 'зеленський']);
  });

  it('writes a Cyrillic letter the same whether typed composed or decomposed', () => {
    expect(searchWords('Ки\u0457в Зеленськии\u0306')).toEqual(['київ', 'зеленський']);
    expect(searchWords('Ки\u0456\u0308в Зеленськии\u0306')).toEqual(['київ', 'зеленський']);
  });
});

describe('isSpellingOf', () => {
  it.each([
    ['zelensky', 'zelenskyy'],
    ['caroline', 'karoline'],
    ['kiev', 'kyiv'],
    ['donbass', 'donbas'],
    ['daniel', 'dan'],
  ])('treats %s as a spelling of %s', (alias, canonical) => {
    expect(isSpellingOf(alias, canonical)).toBe(true);
  });

  it.each([
    ['russian', 'kremlin'],
    ['president', 'trump'],
    ['counterproposal', 'counter'],
    ['nato', 'kyiv'],
  ])('does not treat %s as a spelling of %s', (alias, canonical) => {
    expect(isSpellingOf(alias, canonical)).toBe(false);
  });
});

describe('highlightRanges', () => {
  const marked = (text: string, terms: string[]) =>
    highlightRanges(text, terms).map(([a, b]) => text.slice(a, b));

  it('marks words starting with a term, whatever their case', () => {
    expect(marked("Kyiv's mayor spoke in KYIV and Kyivan media", ['kyiv'])).toEqual([
      "Kyiv's",
      'KYIV',
      'Kyivan',
    ]);
  });

  it('marks the forms stemming would match, and not unrelated words', () => {
    expect(marked('Talks about sanctioned talkers', ['talks', 'sanctions'])).toEqual([
      'Talks',
      'sanctioned',
      'talkers',
    ]);
    expect(marked('NATO is not natural', ['nato'])).toEqual(['NATO']);
  });

  it('marks nothing for no terms', () => {
    expect(highlightRanges('text', [])).toEqual([]);
  });
});

describe('termsIn', () => {
  const texts = [
    "Kyiv's mayor spoke in KYIV and Kyivan media",
    'Talks about sanctioned talkers; NATO is not natural',
    'Café Zelenskyy met Zelensky’s envoy in Genève',
    'Зеленський прибув до Києва, а Умєров — до Женеви',
    '',
  ];
  const terms = ['kyiv', 'talks', 'nato', 'geneve', 'zelensky', 'києв', 'умєров', 'pokrovsk', '—'];

  it.each(texts)('names the terms highlightRanges marks in %j', (text) => {
    const marking = terms.filter((term) => highlightRanges(text, [term]).length > 0);
    expect(termsIn(text, terms)).toEqual(marking);
  });

  it('keeps the order of the terms it is given', () => {
    expect(termsIn('NATO and Kyiv', ['nato', 'kyiv'])).toEqual(['nato', 'kyiv']);
    expect(termsIn('NATO and Kyiv', ['kyiv', 'nato'])).toEqual(['kyiv', 'nato']);
  });
});
