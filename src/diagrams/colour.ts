/**
 * Colour literals that mermaid writes without asking the theme (a few markers, sequence actor
 * boxes, timeline axes). They would not follow dark mode, so each one is replaced by a site
 * token chosen from the property and the colour's lightness: mermaid's defaults assume a light
 * page, where dark colours are ink and light colours are paper. Pure.
 */

const NAMED: Record<string, [number, number, number]> = {
  white: [255, 255, 255],
  black: [0, 0, 0],
  red: [255, 0, 0],
  navy: [0, 0, 128],
  grey: [128, 128, 128],
  gray: [128, 128, 128],
  lightgrey: [211, 211, 211],
  lightgray: [211, 211, 211],
};

/** A colour literal: hex, rgb(a), hsl(a) or one of the few named colours mermaid uses. */
export const COLOUR_LITERAL =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\([^)]*\)|\b(?:white|black|red|navy|grey|gray|lightgrey|lightgray)\b/gi;

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** Parses a colour literal into 0-255 RGB, or undefined if it is not one. */
export function parseColour(literal: string): [number, number, number] | undefined {
  const text = literal.trim().toLowerCase();
  if (NAMED[text]) return NAMED[text];
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
  }
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(text);
  if (!fn) return undefined;
  const parts = (fn[2] ?? '')
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map((p) => Number.parseFloat(p));
  const [a = 0, b = 0, c = 0] = parts;
  return fn[1]?.startsWith('rgb') ? [a, b, c] : hslToRgb(a, b / 100, c / 100);
}

/** WCAG relative luminance of an RGB colour (0 black … 1 white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The token that replaces a literal colour on a given CSS property: lines and borders become
 * `--muted`; ink (dark literals) becomes `--text`; paper (light literals) becomes `--surface`.
 */
export function tokenForLiteral(property: string, literal: string): string {
  const prop = property.toLowerCase();
  if (prop === 'stroke' || prop.startsWith('border') || prop.startsWith('outline'))
    return 'var(--muted)';
  const rgb = parseColour(literal);
  if (!rgb) return literal;
  return luminance(rgb) < 0.4 ? 'var(--text)' : 'var(--surface)';
}

/** Replaces the literal colours in one CSS declaration value. */
export function replaceLiterals(property: string, value: string): string {
  return value.replace(COLOUR_LITERAL, (literal) => tokenForLiteral(property, literal));
}

/** Replaces literal colours in every `property: value` declaration of a style sheet or a style attribute. */
export function replaceLiteralsInCss(css: string): string {
  return css.replace(/([a-z-]+)\s*:\s*([^;{}]+)/gi, (decl, prop: string, value: string) =>
    new RegExp(COLOUR_LITERAL.source, 'i').test(value)
      ? `${prop}:${replaceLiterals(prop, value)}`
      : decl,
  );
}
