import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  TITLE_BOX,
  TITLE_LINE_HEIGHT,
  TITLE_SIZES,
  cardFile,
  cardTree,
  fitTitle,
  linesThatFit,
  type CardNode,
  type CardSpec,
} from '../../../src/social/card-layout.ts';

const spec: CardSpec = {
  lang: 'en',
  site: 'Peace Plan Explainer',
  section: 'Explainer',
  title: 'Security guarantees',
  asOf: 'As of 25 November 2025',
};

/** Every text in a tree, in order. */
function texts(node: CardNode): string[] {
  const children = node.props.children;
  if (typeof children === 'string') return [children];
  if (!children) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('fitTitle', () => {
  it('keeps the largest size when the title fits on the lines the box has', () => {
    expect(fitTitle(() => 2)).toEqual({
      size: TITLE_SIZES[0],
      lines: 2,
      maxLines: linesThatFit(TITLE_SIZES[0]),
      clamped: false,
    });
  });

  it('wraps first, then shrinks: a title of many lines gets the largest size it fits at', () => {
    // A title of 6 lines at 84 px, 5 at 76, 4 at 68 (where 3 fit) and 60 (where 4 fit), 3 below.
    expect([linesThatFit(68), linesThatFit(60)]).toEqual([3, 4]);
    const lines: Record<number, number> = { 84: 6, 76: 5, 68: 4, 60: 4, 54: 3, 48: 3 };
    const fit = fitTitle((size) => lines[size] ?? 99);
    expect(fit.size).toBe(60);
    expect(fit.lines).toBe(4);
    expect(fit.clamped).toBe(false);
    expect(fit.lines * fit.size * TITLE_LINE_HEIGHT).toBeLessThanOrEqual(TITLE_BOX.height);
  });

  it('cuts off a title that does not fit even at the smallest size, at the lines that fit', () => {
    const smallest = TITLE_SIZES[TITLE_SIZES.length - 1] as number;
    const fit = fitTitle(() => 40);
    expect(fit).toEqual({
      size: smallest,
      lines: linesThatFit(smallest),
      maxLines: linesThatFit(smallest),
      clamped: true,
    });
    expect(fit.maxLines * smallest * TITLE_LINE_HEIGHT).toBeLessThanOrEqual(TITLE_BOX.height);
  });

  it('never draws past the box at any size', () => {
    for (const size of TITLE_SIZES) {
      expect(linesThatFit(size) * size * TITLE_LINE_HEIGHT).toBeLessThanOrEqual(TITLE_BOX.height);
      expect(linesThatFit(size)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('cardFile', () => {
  it('names the card after the page path', () => {
    expect(cardFile('/')).toBe('social/index.png');
    expect(cardFile('/the-plan/')).toBe('social/the-plan.png');
    expect(cardFile('/actors/steve-witkoff/')).toBe('social/actors/steve-witkoff.png');
    expect(cardFile('/uk/the-plan/')).toBe('social/uk/the-plan.png');
    expect(cardFile('/uk/')).toBe('social/uk.png');
    expect(cardFile('/404.html')).toBe('social/404.png');
  });

  it('refuses a path that would leave the folder', () => {
    expect(() => cardFile('/../x/')).toThrow(/cannot be made/);
  });
});

describe('cardTree', () => {
  it('draws the site, the section, the title and the date, in that order, at the card size', () => {
    const tree = cardTree(
      spec,
      fitTitle(() => 1),
    );
    expect(texts(tree)).toEqual([spec.site, spec.section, spec.title, spec.asOf]);
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('clamps the title only when the fit says so', () => {
    const title = (fit: Parameters<typeof cardTree>[1]) =>
      JSON.stringify(cardTree(spec, fit)).includes('"lineClamp"');
    expect(title(fitTitle(() => 1))).toBe(false);
    expect(title(fitTitle(() => 40))).toBe(true);
  });
});
