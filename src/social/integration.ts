/**
 * Astro integration: after the build, draw the social card every page's meta asks for (see
 * card-spec.ts) into dist/social/, from the cache when nothing drawn has changed, and log how
 * many were drawn and how many came from the cache, as the diagrams do.
 *
 * It must come before the offline integration in `integrations` (which lists the built files;
 * cards are left out of the offline copy) and before the CSP step, which only rewrites pages.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardFile, type CardSpec } from './card-layout.ts';
import { CardPool } from './card-pool.ts';
import { cardPng, cardStats } from './card-render.ts';
import { pageCardFromHtml } from './card-spec.ts';

/**
 * Writes the card of every page under `dir`, drawing the new ones on worker threads. A page
 * whose og:image is another page's card (an entry not yet translated shares its English page's
 * card) draws nothing: the card is drawn from the page it belongs to, and a card that belongs to
 * no page is an error.
 * @param asOfDay The day every card's date line names (SITE.asOf).
 * @returns How many cards were written, drawn and taken from the cache.
 */
export async function writeCards(
  dir: string,
  asOfDay: string,
  base = '',
): Promise<{ written: number; drawn: number; fromCache: number }> {
  const before = { ...cardStats };
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  const own = new Map<string, CardSpec>();
  const shared = new Map<string, string>();
  for (const page of pages.sort()) {
    const card = pageCardFromHtml(readFileSync(join(dir, page), 'utf8'), asOfDay, base);
    if (!card) continue;
    const file = decodeURIComponent(card.imagePath.slice(1));
    if (file.split('/').includes('..')) throw new Error(`${page}: og:image ${file} leaves dist/.`);
    if (file === cardFile(`/${page.replaceAll('\\', '/')}`)) own.set(file, card.spec);
    else shared.set(file, page);
  }
  for (const [file, page] of shared) {
    if (!own.has(file)) {
      throw new Error(
        `${page}: its og:image is ${file}, the card of a page that is not in the build. A page shares another page's card only when that page is built.`,
      );
    }
  }
  const pool = new CardPool();
  try {
    await Promise.all(
      [...own].map(async ([file, spec]) => {
        const target = join(dir, file);
        const png = await cardPng(spec, (s) => pool.draw(s));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, png);
      }),
    );
  } finally {
    await pool.close();
  }
  return {
    written: own.size,
    drawn: cardStats.drawn - before.drawn,
    fromCache: cardStats.fromCache - before.fromCache,
  };
}

/** The integration. `asOfDay` is SITE.asOf from site.config.mjs. */
export function socialCards(options: { asOfDay: string }): AstroIntegration {
  let base = '';
  return {
    name: 'peace-plan:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const s = await writeCards(fileURLToPath(dir), options.asOfDay, base);
        logger.info(
          `social cards: ${s.fromCache} from cache, ${s.drawn} drawn, ${s.written} written to social/`,
        );
      },
    },
  };
}
