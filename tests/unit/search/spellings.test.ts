import { describe, expect, it } from 'vitest';
import { applySpellings, buildSpellingMap, phraseUsage } from '../../../src/search/spellings.ts';

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

  it('keeps an alias that the site’s own text uses in two or more documents', () => {
    const usage = phraseUsage([
      'The Alaska summit in August.',
      'Leaders met at the Alaska summit.',
      'Kyiv (once Kiev).',
    ]);
    const sited = buildSpellingMap(
      [
        { canonical: 'Anchorage summit', aliases: ['Alaska summit'] },
        { canonical: 'Kyiv', aliases: ['Kiev'] },
      ],
      usage,
    );
    expect(sited).toEqual({ kiev: 'kyiv' });
  });
});

describe('phraseUsage', () => {
  it('counts documents that use a phrase as whole words', () => {
    const usage = phraseUsage(['Donbas region', 'the Donbass', 'Donbas, region']);
    expect(usage('donbas region')).toBe(2);
    expect(usage('donbas')).toBe(2);
    expect(usage('region donbas')).toBe(0);
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
