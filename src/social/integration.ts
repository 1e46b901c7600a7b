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
import { cardPng, cardStats } from './card-render.ts';
import { pageCardFromHtml } from './card-spec.ts';

/**
 * Writes the card of every page under `dir`.
 * @param asOfDay The day every card's date line names (SITE.asOf).
 * @returns How many cards were written, drawn and taken from the cache.
 */
export async function writeCards(
  dir: string,
  asOfDay: string,
): Promise<{ written: number; drawn: number; fromCache: number }> {
  const before = { ...cardStats };
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  const written = new Set<string>();
  for (const page of pages.sort()) {
    const card = pageCardFromHtml(readFileSync(join(dir, page), 'utf8'), asOfDay);
    if (!card) continue;
    const file = decodeURIComponent(card.imagePath.slice(1));
    if (file.split('/').includes('..')) throw new Error(`${page}: og:image ${file} leaves dist/.`);
    if (written.has(file)) continue;
    const target = join(dir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await cardPng(card.spec));
    written.add(file);
  }
  return {
    written: written.size,
    drawn: cardStats.drawn - before.drawn,
    fromCache: cardStats.fromCache - before.fromCache,
  };
}

/** The integration. `asOfDay` is SITE.asOf from site.config.mjs. */
export function socialCards(options: { asOfDay: string }): AstroIntegration {
  return {
    name: 'peace-plan:social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const s = await writeCards(fileURLToPath(dir), options.asOfDay);
        logger.info(
          `social cards: ${s.fromCache} from cache, ${s.drawn} drawn, ${s.written} written to social/`,
        );
      },
    },
  };
}
