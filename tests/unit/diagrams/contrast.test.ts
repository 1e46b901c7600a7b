/**
 * Diagram colours meet WCAG AA in both themes: the roles of src/diagrams/theme.ts, filled in
 * with the real values of src/styles/tokens.css (each a light-dark() pair).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from '../../../src/diagrams/colour.ts';
import { ROLE_CSS } from '../../../src/diagrams/theme.ts';

type Rgb = [number, number, number];

function tokens(theme: 0 | 1): Map<string, Rgb> {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const map = new Map<string, Rgb>();
  for (const m of css.matchAll(
    /(--[\w-]+):\s*light-dark\(\s*(#[0-9a-f]+)\s*,\s*(#[0-9a-f]+)\s*\)/gi,
  )) {
    map.set(m[1]!, parseColour(m[theme === 0 ? 2 : 3]!)!);
  }
  return map;
}

/** Resolves a role's CSS (a var() or a color-mix() in srgb of two vars) to RGB. */
function resolve(css: string, t: Map<string, Rgb>): Rgb {
  const mix = /color-mix\(in srgb, var\((--[\w-]+)\) (\d+)%, var\((--[\w-]+)\)\)/.exec(css);
  if (mix) {
    const a = t.get(mix[1]!)!;
    const b = t.get(mix[3]!)!;
    const p = Number(mix[2]) / 100;
    return a.map((v, i) => v * p + b[i]! * (1 - p)) as Rgb;
  }
  const v = /var\((--[\w-]+)\)/.exec(css)?.[1];
  const rgb = v ? t.get(v) : undefined;
  if (!rgb) throw new Error(`No light-dark() value for ${css} in tokens.css`);
  return rgb;
}

describe.each([
  ['light', 0 as const],
  ['dark', 1 as const],
])('diagram contrast in the %s theme', (_name, theme) => {
  const t = tokens(theme);
  const fills = Object.entries(ROLE_CSS).filter(
    ([role]) => role === 'bg' || role === 'surface' || role.startsWith('tint'),
  );

  it.each(fills)('text on %s fills is at least 4.5:1', (_role, css) => {
    expect(contrastRatio(resolve(ROLE_CSS.text, t), resolve(css, t))).toBeGreaterThanOrEqual(4.5);
  });

  it('lines, arrows and node borders stand out at least 3:1 from the canvas and the boxes', () => {
    for (const line of [ROLE_CSS.muted, ROLE_CSS.accent]) {
      expect(contrastRatio(resolve(line, t), resolve(ROLE_CSS.bg, t))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(resolve(line, t), resolve(ROLE_CSS.surface, t))).toBeGreaterThanOrEqual(
        3,
      );
    }
  });
});
