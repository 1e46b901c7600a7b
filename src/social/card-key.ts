/**
 * The card cache key. A drawn card can be reused as long as everything that decides its pixels
 * is the same: what it shows, the design (taken from the element tree itself, so a changed
 * colour or margin is a new key without anyone remembering to bump a number), the title sizes,
 * the fonts' bytes and the releases of satori and of the rasteriser. Pure.
 */
import { createHash } from 'node:crypto';
import { stableJson } from '../diagrams/index.ts';
import {
  TITLE_BOX,
  TITLE_LINE_HEIGHT,
  TITLE_SIZES,
  cardTree,
  fitTitle,
  type CardSpec,
} from './card-layout.ts';

/** What besides the spec and the design decides a card's pixels. */
export interface RendererIdentity {
  satori: string;
  /** The library that turns the SVG into pixels, and its release. */
  rasteriser: string;
  /** From fontsHash() in card-fonts.ts. */
  fonts: string;
}

/** sha256 (hex) of a card's spec, design and renderer. */
export function cardKey(spec: CardSpec, renderer: RendererIdentity): string {
  const design = cardTree(
    spec,
    fitTitle(() => 1),
  );
  return createHash('sha256')
    .update(
      stableJson({
        spec,
        design,
        sizes: TITLE_SIZES,
        box: TITLE_BOX,
        lineHeight: TITLE_LINE_HEIGHT,
        renderer,
      }),
    )
    .digest('hex');
}
