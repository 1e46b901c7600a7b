/**
 * The fonts cards are drawn with: Noto Sans and Noto Serif from their npm packages
 * (@fontsource/noto-sans, @fontsource/noto-serif, SIL Open Font License), read from
 * node_modules, never fetched. Satori reads WOFF but not WOFF2, so the `.woff` files are used.
 * Each package splits a font into script subsets; the Latin and the Cyrillic subset are
 * registered under their own family names and listed together (CARD_FONTS), so satori takes
 * each glyph from the subset that has it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CARD_FONTS } from './card-layout.ts';

/** One font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700 | 800;
  style: 'normal';
}

const FILES: { pkg: string; family: string; subset: 'latin' | 'cyrillic'; weight: 700 | 800 }[] = [
  { pkg: 'noto-sans', family: CARD_FONTS.sans[0], subset: 'latin', weight: 800 },
  { pkg: 'noto-sans', family: CARD_FONTS.sans[1], subset: 'cyrillic', weight: 800 },
  { pkg: 'noto-sans', family: CARD_FONTS.sans[0], subset: 'latin', weight: 700 },
  { pkg: 'noto-sans', family: CARD_FONTS.sans[1], subset: 'cyrillic', weight: 700 },
  { pkg: 'noto-serif', family: CARD_FONTS.serif[0], subset: 'latin', weight: 700 },
  { pkg: 'noto-serif', family: CARD_FONTS.serif[1], subset: 'cyrillic', weight: 700 },
];

let loaded: CardFont[] | undefined;

/** The fonts, read once per process. */
export function cardFonts(): CardFont[] {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  loaded = FILES.map(({ pkg, family, subset, weight }) => {
    // The packages export their LICENSE file, which sits beside the files/ folder.
    const root = dirname(require.resolve(`@fontsource/${pkg}/LICENSE`));
    const file = join(root, 'files', `${pkg}-${subset}-${weight}-normal.woff`);
    return { name: family, data: readFileSync(file), weight, style: 'normal' as const };
  });
  return loaded;
}

/** sha256 of every font's name, weight and bytes: part of each card's cache key. */
export function fontsHash(fonts: readonly CardFont[] = cardFonts()): string {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(`${font.name}\u0000${font.weight}\u0000`).update(font.data);
  return hash.digest('hex');
}
