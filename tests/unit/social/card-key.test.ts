import { describe, expect, it } from 'vitest';
import { cardKey } from '../../../src/social/card-key.ts';
import type { CardSpec } from '../../../src/social/card-layout.ts';

const spec: CardSpec = {
  lang: 'en',
  site: 'Peace Plan Explainer',
  section: 'Explainer',
  title: 'Security guarantees',
  asOf: 'As of 25 November 2025',
};
const renderer = { satori: '0.63.2', rasteriser: 'sharp 0.35.6, libvips 8.18.0', fonts: 'abc' };

describe('cardKey', () => {
  it('is the same for the same card, whatever the order of its fields', () => {
    const reordered = {
      asOf: spec.asOf,
      title: spec.title,
      section: spec.section,
      site: spec.site,
      lang: spec.lang,
    } as CardSpec;
    expect(cardKey(reordered, renderer)).toBe(cardKey(spec, renderer));
    expect(cardKey(spec, renderer)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with anything drawn and with the renderer or fonts', () => {
    const base = cardKey(spec, renderer);
    const changed = [
      cardKey({ ...spec, title: 'Security guarantees!' }, renderer),
      cardKey({ ...spec, section: 'The actors' }, renderer),
      cardKey({ ...spec, asOf: 'As of 26 November 2025' }, renderer),
      cardKey({ ...spec, site: 'Another site' }, renderer),
      cardKey({ ...spec, lang: 'uk' }, renderer),
      cardKey(spec, { ...renderer, satori: '0.63.3' }),
      cardKey(spec, { ...renderer, rasteriser: 'sharp 0.35.7, libvips 8.18.0' }),
      cardKey(spec, { ...renderer, fonts: 'abd' }),
    ];
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
  });
});
