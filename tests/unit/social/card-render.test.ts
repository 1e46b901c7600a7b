/**
 * Drawing real cards with the real fonts: a Ukrainian title renders in Cyrillic (not as the
 * empty boxes a font without those letters draws), and a card is a 1200×630 PNG under 100 KB.
 */
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { cardFonts } from '../../../src/social/card-fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, titleNode } from '../../../src/social/card-layout.ts';
import { drawCard, measureTitleLines } from '../../../src/social/card-render.ts';

/** The width and height in a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The outline paths satori draws for a title set alone, with the given fonts. */
async function outlines(text: string, fonts = cardFonts()): Promise<string> {
  const svg = await satori(titleNode(text, 60) as never, { width: 1000, fonts } as never);
  return [...svg.matchAll(/\sd="([^"]+)"/g)].map((m) => m[1]).join(' ');
}

describe('card fonts', () => {
  it('draw each Cyrillic letter of a Ukrainian title as its own glyph', async () => {
    // A font without Cyrillic draws every letter as the same "missing glyph" box, so two
    // different words of the same length come out identical; with Cyrillic they differ.
    const latinOnly = cardFonts().filter((font) => !/Cyrillic/.test(font.name));
    expect(await outlines('ґїєщ', latinOnly)).toBe(await outlines('жюяі', latinOnly));
    expect(await outlines('ґїєщ')).not.toBe(await outlines('жюяі'));
  });

  it('draw a Ukrainian title at the width of its letters, not of missing-glyph boxes', async () => {
    const latinOnly = cardFonts().filter((font) => !/Cyrillic/.test(font.name));
    expect(await outlines('Гарантії безпеки')).not.toBe(
      await outlines('Гарантії безпеки', latinOnly),
    );
  });
});

describe('drawCard', () => {
  it('draws a Ukrainian card: 1200×630 PNG under 100 KB, title on the lines measured', async () => {
    const { png, fit } = await drawCard({
      lang: 'uk',
      site: 'Peace Plan Explainer',
      section: 'Пояснення',
      title: 'Гарантії безпеки: що план обіцяє Україні ґїє',
      asOf: 'Станом на 25 листопада 2025 р.',
    });
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(png.length).toBeLessThan(100 * 1024);
    expect(fit.clamped).toBe(false);
    expect(fit.lines).toBe(
      await measureTitleLines('Гарантії безпеки: що план обіцяє Україні ґїє', fit.size),
    );
  });

  it('shrinks a long title, and cuts off one that cannot fit, still under 100 KB', async () => {
    const long = 'Реакція в Європі та Конгресі США: що кажуть союзники України і чого вони бояться';
    const longer = Array.from({ length: 8 }, () => long).join(' ');
    const a = await drawCard({
      lang: 'uk',
      site: 'S',
      section: 'Пояснення',
      title: long,
      asOf: 'x',
    });
    const b = await drawCard({
      lang: 'uk',
      site: 'S',
      section: 'Пояснення',
      title: longer,
      asOf: 'x',
    });
    expect(a.fit.size).toBeLessThan(84);
    expect(a.fit.clamped).toBe(false);
    expect(b.fit.clamped).toBe(true);
    expect(b.png.length).toBeLessThan(100 * 1024);
  });

  it('measures more lines for a longer title and fewer at a smaller size', async () => {
    expect(await measureTitleLines('Timeline', 84)).toBe(1);
    const title = 'Reactions in Europe and the US Congress';
    expect(await measureTitleLines(title, 84)).toBe(2);
    expect(await measureTitleLines(title, 48)).toBe(1);
  });
});
