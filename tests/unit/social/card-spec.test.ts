import { describe, expect, it } from 'vitest';
import { cardSpec, pageCardFromHtml } from '../../../src/social/card-spec.ts';

const head = (meta: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${meta}</head><body><meta property="og:title" content="not this"></body></html>`;
const FULL =
  '<meta property="og:site_name" content="Peace Plan Explainer">' +
  '<meta property="og:title" content="Europe &amp; the &quot;coalition&quot;">' +
  '<meta property="og:locale" content="en_GB">' +
  '<meta property="og:image" content="https://example.org/social/reactions.png">' +
  '<meta property="article:section" content="Explainer">';

describe('pageCardFromHtml', () => {
  it("reads the card from the page's own meta, entities decoded", () => {
    expect(pageCardFromHtml(head(FULL), '2025-11-25')).toEqual({
      imagePath: '/social/reactions.png',
      spec: {
        lang: 'en',
        site: 'Peace Plan Explainer',
        section: 'Explainer',
        title: 'Europe & the "coalition"',
        asOf: 'As of 25 November 2025',
      },
    });
  });

  it('asks for no card when the page has no og:image of the cards', () => {
    expect(pageCardFromHtml(head('<meta property="og:title" content="x">'), '2025-11-25')).toBe(
      undefined,
    );
    expect(
      pageCardFromHtml(
        head('<meta property="og:image" content="https://x.org/a.jpg">'),
        '2025-11-25',
      ),
    ).toBe(undefined);
  });

  it('names what is missing when a page asks for a card it cannot have', () => {
    const partial = FULL.replace(/<meta property="article:section"[^>]*>/, '');
    expect(() => pageCardFromHtml(head(partial), '2025-11-25')).toThrow(
      /og:image https:\/\/example.org\/social\/reactions.png lacks article:section/,
    );
    const unknown = FULL.replace('en_GB', 'fr_FR');
    expect(() => pageCardFromHtml(head(unknown), '2025-11-25')).toThrow(/not "fr_FR"/);
  });
});

describe('cardSpec', () => {
  it('writes the date line in the language of the page', () => {
    expect(
      cardSpec({ lang: 'uk', site: 'S', section: 'Пояснення', title: 'Т', asOfDay: '2025-11-25' })
        .asOf,
    ).toBe('Станом на 25 листопада 2025 р.');
  });
});
