import { describe, expect, it } from 'vitest';
import { stemUk } from '../../../src/search/client/stemmer-uk.ts';
import {
  applySpellings,
  buildSpellingMap,
  formsOf,
  namesIn,
} from '../../../src/search/spellings.ts';

describe('buildSpellingMap', () => {
  const map = buildSpellingMap([
    { canonical: 'Kyiv', aliases: ['Kiev'] },
    { canonical: 'Donbas', aliases: ['Donbass', 'Donbas region'] },
    { canonical: 'Pokrovsk', aliases: ['Krasnoarmeysk'] },
    { canonical: 'Article 5', aliases: ['Article Five', 'NATO Article 5'] },
    { canonical: 'European counter-proposal', aliases: ['counterproposal'] },
    { canonical: 'Ministry of Defence (Russia)', aliases: ['Defense Ministry', 'MoD'] },
    {
      canonical: 'Volodymyr Zelenskyy',
      aliases: ['Zelensky', 'Zelenskiy', 'Volodymyr Zelensky'],
      kind: 'name',
    },
    { canonical: 'Donald Trump', aliases: ['Trump', 'President Trump'], kind: 'name' },
    { canonical: 'European allies', aliases: ['Europe', 'European leaders'], kind: 'name' },
    { canonical: 'The Kremlin', aliases: ['Kremlin', 'Russian government'], kind: 'name' },
  ]);

  it('rewrites other spellings of a word to the site’s spelling', () => {
    expect(map).toMatchObject({
      kiev: 'kyiv',
      donbass: 'donbas',
      zelensky: 'zelenskyy',
      zelenskiy: 'zelenskyy',
      defense: 'defence',
    });
  });

  it('rewrites other names, run-together forms and acronyms as a whole', () => {
    expect(map).toMatchObject({
      krasnoarmeysk: 'pokrovsk',
      'article five': 'article 5',
      counterproposal: 'counter proposal',
      mod: 'ministry of defence',
      'russian government': 'kremlin',
    });
  });

  it('leaves alone words of names, titles of people and words the name only extends', () => {
    expect(map).not.toHaveProperty('trump');
    expect(map).not.toHaveProperty('president trump');
    expect(map).not.toHaveProperty('president');
    expect(map).not.toHaveProperty('europe');
    expect(map).not.toHaveProperty('kremlin');
    expect(map).not.toHaveProperty('donbas region');
  });

  it('drops an alias that would rewrite to two different names', () => {
    const ambiguous = buildSpellingMap([
      { canonical: 'Dmitry Peskov', aliases: ['Dmitri'] },
      { canonical: 'Dmitry Medvedev', aliases: ['Dmitrij'] },
      { canonical: 'Dmitro', aliases: ['Dmitri'] },
    ]);
    expect(ambiguous).not.toHaveProperty('dmitri');
    expect(ambiguous).toHaveProperty('dmitrij', 'dmitry');
  });

  it('rewrites an alias even when the site’s own text uses it (its pages carry the name)', () => {
    const sited = buildSpellingMap([{ canonical: 'Anchorage summit', aliases: ['Alaska summit'] }]);
    expect(sited).toEqual({ 'alaska summit': 'anchorage summit' });
  });
});

describe('buildSpellingMap with a stemmer', () => {
  const map = buildSpellingMap(
    [
      { canonical: 'Київ', aliases: ['Києва', 'Києві', 'Kyiv', 'Kiev'] },
      { canonical: 'Покровськ', aliases: ['Покровська', 'Pokrovsk'] },
      { canonical: 'Донецька область', aliases: ['Донецьк', 'Донеччина'] },
    ],
    stemUk,
  );

  it('keys each alias by its stem, so one alias stands for every form of it', () => {
    expect(map).toEqual({
      києв: 'київ',
      kyiv: 'київ',
      kiev: 'київ',
      pokrovsk: 'покровськ',
      донеччин: 'донецька область',
    });
  });

  it('leaves out an alias whose stem is the name’s own, or that of a word of a name', () => {
    // "Покровська" is found by the stem of "Покровськ"; "Донецьк" by that of "Донецька".
    expect(map).not.toHaveProperty('покровськ');
    expect(map).not.toHaveProperty('донецьк');
  });
});

describe('applySpellings', () => {
  const map = { kiev: 'kyiv', 'article five': 'article 5', mod: 'ministry of defence' };

  it('rewrites words and phrases, longest first, and says so', () => {
    expect(applySpellings('Kiev and ARTICLE five', map)).toEqual({
      query: 'kyiv and article 5',
      changed: true,
    });
    expect(applySpellings('Russian MoD', map).query).toBe('russian ministry of defence');
  });

  it('leaves other queries as their words', () => {
    expect(applySpellings('  "Pokrovsk" (.*)+ ', map)).toEqual({
      query: 'pokrovsk',
      changed: false,
    });
  });

  it('does not treat object properties as aliases', () => {
    expect(applySpellings('constructor toString __proto__', map)).toEqual({
      query: 'constructor tostring proto',
      changed: false,
    });
  });
});

describe('applySpellings with a stemmer', () => {
  const map = { києв: 'київ', 'заморожен російськ кошт': 'заморожені російські активи' };

  it('compares the query’s words by stem, so any form of an alias is rewritten', () => {
    expect(applySpellings('Києву', map, stemUk)).toEqual({ query: 'київ', changed: true });
    expect(applySpellings('удари по Києві', map, stemUk).query).toBe('удари по київ');
    expect(applySpellings('заморожених російських коштів', map, stemUk).query).toBe(
      'заморожені російські активи',
    );
  });

  it('keeps the other words as typed, not as stems', () => {
    expect(applySpellings('Покровська', map, stemUk)).toEqual({
      query: 'покровська',
      changed: false,
    });
  });
});

describe('namesIn', () => {
  const uk = {
    києв: 'київ',
    kyiv: 'київ',
    'заморожен російськ кошт': 'заморожені російські активи',
  };

  it('finds the names a text uses in another form, by stem, as whole words', () => {
    expect(namesIn(['ракети', 'вдарили', 'по', 'києву'], uk, stemUk)).toEqual(['київ']);
    expect(namesIn(['kyiv', 'заморожених', 'російських', 'коштів'], uk, stemUk)).toEqual([
      'заморожені російські активи',
      'київ',
    ]);
  });

  it('needs every word of a phrase, in order, and whole words', () => {
    expect(namesIn(['російських', 'заморожених', 'коштів'], uk, stemUk)).toEqual([]);
    expect(namesIn(['kyivan', 'київ'], uk, stemUk)).toEqual([]);
  });

  it('compares words as they are without a stemmer', () => {
    expect(namesIn(['kiev', 'kievan'], { kiev: 'kyiv', mod: 'ministry of defence' })).toEqual([
      'kyiv',
    ]);
  });
});

describe('formsOf', () => {
  const map = {
    києв: 'київ',
    kyiv: 'київ',
    'frozen assets': 'заморожені російські активи',
    mod: 'міністерство оборони росії',
  };

  it('lists the words of every alias of the names in a query, for highlighting', () => {
    expect(formsOf(['удари', 'київ'], map, stemUk)).toEqual(['києв', 'kyiv']);
    expect(formsOf(['заморожених', 'російських', 'активів'], map, stemUk)).toEqual([
      'frozen',
      'assets',
    ]);
  });

  it('leaves out words shorter than a stem, which would mark unrelated words', () => {
    expect(formsOf(['міністерство', 'оборони', 'росії'], map, stemUk)).toEqual([]);
    expect(formsOf(['покровськ'], map, stemUk)).toEqual([]);
  });
});
