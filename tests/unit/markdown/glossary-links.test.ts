import { describe, expect, it } from 'vitest';
import {
  buildTermMatcher,
  findFirstUses,
  glossaryTarget,
  type GlossaryTerm,
} from '../../../src/markdown/glossary-links.ts';

const TERMS: GlossaryTerm[] = [
  { id: 'donbas', term: 'Donbas', aliases: ['Donbass', 'Donbas region'], definition: 'A region.' },
  { id: 'nato', term: 'NATO', aliases: [], definition: 'An alliance.' },
  { id: 'kyiv', term: 'Kyiv', aliases: ['Kiev'], definition: 'A city.' },
];
const matcher = buildTermMatcher(TERMS)!;
const texts = (text: string, linked = new Set<string>()) =>
  findFirstUses(text, matcher, linked).map((m) => `${m.id}:${m.text}`);

describe('finding glossary terms in text', () => {
  it('finds the first use of each term or alias, whole words only', () => {
    expect(texts('Kiev and Kyiv, then the Donbass and Donbas.')).toEqual([
      'kyiv:Kiev',
      'donbas:Donbass',
    ]);
    expect(texts('Kyivan and Donbassy words are not terms.')).toEqual([]);
  });

  it('prefers the longest name and ignores case, except for names in capitals', () => {
    expect(texts('the donbas region')).toEqual(['donbas:donbas region']);
    expect(texts('nato is not NATO')).toEqual(['nato:NATO']);
  });

  it('links a term once per page, across calls', () => {
    const linked = new Set<string>();
    expect(texts('Kyiv', linked)).toEqual(['kyiv:Kyiv']);
    expect(texts('Kyiv again, and NATO', linked)).toEqual(['nato:NATO']);
  });

  it('never links inside citation or status markers', () => {
    expect(texts('[@kyiv-post, citing NATO] [!unknown] Kyiv')).toEqual(['kyiv:Kyiv']);
  });

  it('gives the offsets of the words as written', () => {
    const [m] = findFirstUses('In Kyiv.', matcher, new Set());
    expect(m).toEqual({ id: 'kyiv', start: 3, end: 7, text: 'Kyiv' });
  });

  it('has nothing to match without terms', () => {
    expect(buildTermMatcher([])).toBeUndefined();
  });

  it('recognises links to glossary entries', () => {
    expect(glossaryTarget('/glossary/#nato')).toBe('nato');
    expect(glossaryTarget('https://example.org/glossary/#kyiv')).toBe('kyiv');
    expect(glossaryTarget('/actors/kremlin/')).toBeUndefined();
  });
});
