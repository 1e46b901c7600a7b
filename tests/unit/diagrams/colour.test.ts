import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  luminance,
  parseColour,
  replaceLiteralsInCss,
  tokenForLiteral,
} from '../../../src/diagrams/colour.ts';

describe('parseColour', () => {
  it('reads hex, rgb, hsl and the named colours mermaid uses', () => {
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour('#1f4e8c')).toEqual([31, 78, 140]);
    expect(parseColour('#1f4e8cff')).toEqual([31, 78, 140]);
    expect(parseColour('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColour('rgb(0 0 0 / 0.4)')).toEqual([0, 0, 0]);
    expect(parseColour('hsl(0, 100%, 50%)')?.map(Math.round)).toEqual([255, 0, 0]);
    expect(parseColour('lightgrey')).toEqual([211, 211, 211]);
    expect(parseColour('var(--x)')).toBeUndefined();
  });
});

describe('contrast', () => {
  it('follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([31, 78, 140], [31, 78, 140])).toBe(1);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 5);
  });
});

describe('literal colours become tokens', () => {
  it('lines become --muted; dark ink --text; light paper --surface', () => {
    expect(tokenForLiteral('stroke', '#999')).toBe('var(--muted)');
    expect(tokenForLiteral('border-color', 'black')).toBe('var(--muted)');
    expect(tokenForLiteral('fill', '#333')).toBe('var(--text)');
    expect(tokenForLiteral('fill', '#eaeaea')).toBe('var(--surface)');
    expect(tokenForLiteral('flood-color', '#000000')).toBe('var(--text)');
  });

  it('rewrites every declaration of a style sheet, keeping selectors and tokens', () => {
    const css =
      '#dg-a-1 .actor{fill:#eaeaea;stroke:#666}#dg-a-1 text{fill:var(--text);color:black}';
    expect(replaceLiteralsInCss(css)).toBe(
      '#dg-a-1 .actor{fill:var(--surface);stroke:var(--muted)}#dg-a-1 text{fill:var(--text);color:var(--text)}',
    );
  });
});
