/**
 * The social card's design and layout decisions, as pure data: what a card shows (a
 * {@link CardSpec}), where its file goes, how large its title can be, and the element tree satori
 * draws. The colours are the light theme of src/styles/tokens.css; the type is the site's
 * heading style (a heavy sans-serif) with the body's serif for the date line.
 *
 *   ┌──────────────────────────────────────────────────────────┐
 *   ▌ Peace Plan Explainer                                      │  site name
 *   ▌ EXPLAINER                                                 │  section
 *   ▌ Security guarantees                                       │  title: wraps, then shrinks
 *   ▌                                                           │
 *   ▌ ▌As of 25 November 2025                                   │  the date notice
 *   └──────────────────────────────────────────────────────────┘
 */
import type { Lang } from './words.ts';

/** Everything a card draws; equal specs draw equal cards. */
export interface CardSpec {
  lang: Lang;
  site: string;
  section: string;
  title: string;
  /** "As of 25 November 2025". */
  asOf: string;
}

/** The card's size in pixels: the size Open Graph and X recommend for large previews. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Colours from src/styles/tokens.css (light theme), which meet WCAG AA on --bg. */
export const CARD_COLOURS = {
  bg: '#fbfaf7',
  text: '#1b1b1f',
  muted: '#4f4f56',
  accent: '#1f4e8c',
  accentText: '#1a4580',
  noticeBg: '#fff4d6',
  noticeBorder: '#b88a00',
} as const;

/** The font families the renderer registers (src/social/card-fonts.ts). */
export const CARD_FONTS = {
  sans: ['Card Sans', 'Card Sans Cyrillic'],
  serif: ['Card Serif', 'Card Serif Cyrillic'],
} as const;

const PAD_X = 80;
const ACCENT_BAR = 20;

/** The title's box: the card's width less its margins, and the height between the header and the date. */
export const TITLE_BOX = { width: CARD_WIDTH - ACCENT_BAR - 2 * PAD_X, height: 300 } as const;

/**
 * Title sizes in pixels, largest first. The smallest is still about 15 px tall in a 400 px
 * wide preview, the size of a messenger's thumbnail.
 */
export const TITLE_SIZES = [84, 76, 68, 60, 54, 48] as const;
export const TITLE_LINE_HEIGHT = 1.12;

/** How the title is set: its size, and the number of lines after which it is cut off. */
export interface TitleFit {
  size: number;
  /** Lines the title takes at this size (as measured), at most `maxLines`. */
  lines: number;
  /** Lines that fit in the box at this size. */
  maxLines: number;
  /** True when even the smallest size needs more lines than fit: the title ends in "…". */
  clamped: boolean;
}

/** The lines that fit in the title box at a size. */
export function linesThatFit(size: number): number {
  return Math.max(1, Math.floor(TITLE_BOX.height / (size * TITLE_LINE_HEIGHT)));
}

/**
 * The largest size at which the whole title fits the box, given how many lines it takes at a size
 * (measured by the renderer). Long titles wrap first, then shrink; one that does not fit even at
 * the smallest size is cut off with an ellipsis after the last line that fits, never drawn past
 * the box.
 */
export function fitTitle(
  linesAt: (size: number) => number,
  sizes: readonly number[] = TITLE_SIZES,
): TitleFit {
  if (sizes.length === 0) throw new Error('fitTitle() needs at least one size.');
  for (const size of sizes) {
    const lines = linesAt(size);
    const maxLines = linesThatFit(size);
    if (lines <= maxLines) return { size, lines, maxLines, clamped: false };
  }
  const size = sizes[sizes.length - 1] as number;
  const maxLines = linesThatFit(size);
  return { size, lines: maxLines, maxLines, clamped: true };
}

/**
 * The file a page's card is written to, relative to the build folder, from the page's path:
 * `/` → `social/index.png`, `/actors/x/` → `social/actors/x.png`, `/404.html` → `social/404.png`.
 */
export function cardFile(pagePath: string): string {
  const clean = decodeURI(pagePath)
    .replace(/\.html$/, '')
    .replace(/\/index$/, '/')
    .replace(/^\/+|\/+$/g, '');
  if (clean.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`A card cannot be made for the path "${pagePath}".`);
  }
  return `social/${clean === '' ? 'index' : clean}.png`;
}

/** A node of the tree satori draws (the shape of a React element, without React). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']) =>
  ({ type: 'div', props: children === undefined ? { style } : { style, children } }) as CardNode;

const sans = CARD_FONTS.sans.join(', ');
const serif = CARD_FONTS.serif.join(', ');

/** The title alone, as the renderer measures it and as the card draws it. */
export function titleNode(title: string, size: number, maxLines?: number): CardNode {
  return div(
    {
      // A block, not a flex box: satori only clamps lines (with an ellipsis) in a block.
      display: 'block',
      width: TITLE_BOX.width,
      fontFamily: sans,
      fontWeight: 800,
      fontSize: size,
      lineHeight: TITLE_LINE_HEIGHT,
      letterSpacing: '-0.01em',
      color: CARD_COLOURS.text,
      // Words that are longer than a line are broken rather than drawn past the edge.
      wordBreak: 'break-word',
      ...(maxLines ? { lineClamp: maxLines, overflow: 'hidden' } : {}),
    },
    title,
  );
}

/**
 * The whole card. The coloured bars are boxes of their own rather than borders, and nothing clips
 * (the title is fitted to its box before it is drawn): satori draws a border or an overflow as a
 * clip path and a mask, which make a card much slower to draw.
 */
export function cardTree(spec: CardSpec, fit: TitleFit): CardNode {
  return div(
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: CARD_COLOURS.bg,
    },
    [
      div({
        flexShrink: 0,
        width: ACCENT_BAR,
        height: CARD_HEIGHT,
        background: CARD_COLOURS.accent,
      }),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          width: CARD_WIDTH - ACCENT_BAR,
          height: CARD_HEIGHT,
          padding: `56px ${PAD_X}px 56px`,
        },
        [
          div(
            {
              fontFamily: sans,
              fontWeight: 800,
              fontSize: 36,
              lineHeight: 1.2,
              color: CARD_COLOURS.text,
            },
            spec.site,
          ),
          div(
            {
              marginTop: 20,
              fontFamily: sans,
              fontWeight: 700,
              fontSize: 30,
              lineHeight: 1.2,
              letterSpacing: '0.08em',
              textTransform: 'uppercase',
              color: CARD_COLOURS.accentText,
            },
            spec.section,
          ),
          div(
            {
              display: 'flex',
              alignItems: 'flex-start',
              marginTop: 18,
              height: TITLE_BOX.height,
            },
            titleNode(spec.title, fit.size, fit.clamped ? fit.maxLines : undefined),
          ),
          div({ display: 'flex', marginTop: 28, alignSelf: 'flex-start' }, [
            div({ flexShrink: 0, width: 8, background: CARD_COLOURS.noticeBorder }),
            div(
              {
                padding: '10px 22px',
                background: CARD_COLOURS.noticeBg,
                fontFamily: serif,
                fontWeight: 700,
                fontSize: 32,
                lineHeight: 1.25,
                color: CARD_COLOURS.text,
              },
              spec.asOf,
            ),
          ]),
        ],
      ),
    ],
  );
}
