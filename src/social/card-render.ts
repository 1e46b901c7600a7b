/**
 * Draws social cards: satori lays the card out as SVG with the fonts from card-fonts.ts, sharp
 * (libvips) turns it into a PNG. The title's size is decided by measuring it with satori itself (the same
 * line breaking as the final drawing), so what fitTitle() decides is what is drawn.
 *
 * Cards are cached on disk by cardKey(): a build whose cards have not changed draws none.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { cardFonts, fontsHash } from './card-fonts.ts';
import { cardKey, type RendererIdentity } from './card-key.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  TITLE_LINE_HEIGHT,
  TITLE_SIZES,
  cardTree,
  fitTitle,
  linesThatFit,
  titleNode,
  type CardNode,
  type CardSpec,
  type TitleFit,
} from './card-layout.ts';

/** The cache folder: `PEACE_SOCIAL_CACHE`, else `node_modules/.cache/peace-plan-social`. */
export function cardCacheDir(): string {
  return resolve(process.env['PEACE_SOCIAL_CACHE'] ?? 'node_modules/.cache/peace-plan-social');
}

let identity: RendererIdentity | undefined;

/** The installed satori, sharp and libvips releases and the fonts' hash. */
export function rendererIdentity(): RendererIdentity {
  if (identity) return identity;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const version = (file: string) =>
    (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  identity = {
    satori: version(require.resolve('satori/package.json')),
    rasteriser: `sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}`,
    fonts: fontsHash(),
  };
  return identity;
}

// Each thread that draws cards draws one at a time, so libvips needs no threads of its own, and
// no cache of images it will never see again.
sharp.concurrency(1);
sharp.cache(false);

// satori's types want a React element; the tree has exactly that shape.
const toSvg = (node: CardNode, size: { width: number; height?: number }) =>
  satori(
    node as unknown as Parameters<typeof satori>[0],
    {
      ...size,
      fonts: cardFonts(),
    } as Parameters<typeof satori>[1],
  );

/** The lines a title takes at a size, measured by laying it out alone at the title's width. */
export async function measureTitleLines(title: string, size: number): Promise<number> {
  const node = titleNode(title, size);
  const svg = await toSvg(node, { width: Number(node.props.style['width']) });
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  if (!Number.isFinite(height)) throw new Error('satori returned an SVG without a height.');
  return Math.max(1, Math.round(height / (size * TITLE_LINE_HEIGHT)));
}

/** The title's size and cut-off for a spec. */
export async function fitCardTitle(spec: CardSpec): Promise<TitleFit> {
  const lines = new Map<number, number>();
  // fitTitle() is pure and synchronous: measure the sizes it will look at first, largest first,
  // stopping at the first that fits as it does.
  for (const size of TITLE_SIZES) {
    const count = await measureTitleLines(spec.title, size);
    lines.set(size, count);
    if (count <= linesThatFit(size)) break;
  }
  return fitTitle((size) => lines.get(size) ?? Number.POSITIVE_INFINITY);
}

/** Draws one card to PNG bytes. */
export async function drawCard(spec: CardSpec): Promise<{ png: Buffer; fit: TitleFit }> {
  const fit = await fitCardTitle(spec);
  const svg = await toSvg(cardTree(spec, fit), { width: CARD_WIDTH, height: CARD_HEIGHT });
  // satori draws text as outlines, so the rasteriser needs no fonts.
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return { png, fit };
}

/** Counts for this process, logged at the end of the build. */
export const cardStats = { drawn: 0, fromCache: 0 };

/**
 * A card's PNG: from the cache when its key is there, else drawn (by `draw`, such as a
 * CardPool's, else in this thread) and stored.
 */
export async function cardPng(
  spec: CardSpec,
  draw: (spec: CardSpec) => Promise<Buffer> = async (s) => (await drawCard(s)).png,
): Promise<Buffer> {
  const key = cardKey(spec, rendererIdentity());
  const file = join(cardCacheDir(), `${key}.png`);
  if (existsSync(file)) {
    cardStats.fromCache += 1;
    return readFileSync(file);
  }
  const png = await draw(spec);
  mkdirSync(cardCacheDir(), { recursive: true });
  // Written under a temporary name first, so a build stopped halfway never leaves half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  cardStats.drawn += 1;
  return png;
}
