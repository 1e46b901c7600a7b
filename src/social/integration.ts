/**
 * Astro integration: draw the social card every page's meta asks for (see card-spec.ts) into
 * dist/social/, from the cache when nothing drawn has changed, and log how many were drawn and
 * how many came from the cache, as the diagrams do. Each page is read as it is rendered (a step
 * of src/site/page-sink.ts), so cards are drawn on worker threads while the next pages render;
 * `astro:build:done` waits for the last ones.
 *
 * It must come before the offline integration in `integrations`, which lists the built files
 * (cards are left out of the offline copy).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CardPool } from './card-pool.ts';
import { Throttle } from '../shared/index.ts';
import { addPageSteps, removePageSteps } from '../site/index.ts';

/**
 * Writes the card of every page under `dir`, drawing the new ones on worker threads (see
 * CardWriter).
 * @param asOfDay The day every card's date line names (SITE.asOf).
 * @returns How many cards were written, drawn and taken from the cache.
 */
export async function writeCards(dir: string, asOfDay: string, base = ''): Promise<CardTally> {
  const writer = new CardWriter(dir, asOfDay, base);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  for (const page of pages.sort()) await writer.page(page, readFileSync(join(dir, page), 'utf8'));
  return writer.finish();
}

/** How many cards were written, drawn and taken from the cache. */
export interface CardTally {
  written: number;
  drawn: number;
  fromCache: number;
}

/** Pages whose cards are waiting for a worker, at most, before a page waits for them. */
const MAX_WAITING = 1024;

/**
 * The cards of a build's pages, written into its output folder `dir` as the pages come: each
 * page goes to a worker thread, which reads the card it asks for and draws it (or takes it from
 * the cache) while the next pages render. A page whose
 * og:image is another page's card (an entry not yet translated shares its English page's card)
 * draws nothing: the card is drawn from the page it belongs to, and a card that belongs to no
 * page is an error, reported by finish().
 */
export class CardWriter {
  readonly #own = new Set<string>();
  readonly #shared = new Map<string, string>();
  readonly #making = new Throttle(MAX_WAITING);
  readonly #pool: CardPool;
  readonly #tally = { drawn: 0, fromCache: 0 };
  readonly dir: string;
  readonly asOfDay: string;
  readonly base: string;

  constructor(dir: string, asOfDay: string, base = '') {
    this.dir = dir;
    this.asOfDay = asOfDay;
    this.base = base;
    this.#pool = new CardPool();
  }

  /**
   * Hands a built page (`file`, under the output folder) to a worker, which reads the card it
   * asks for and makes it. Resolves at once unless the workers are far behind.
   */
  async page(file: string, html: string): Promise<void> {
    const end = html.search(/<\/head\s*>/i);
    const head = end === -1 ? html : html.slice(0, end);
    const job = { file, head, asOfDay: this.asOfDay, base: this.base, dir: this.dir };
    const making = this.#pool.make(job).then((answer) => {
      if (answer.card === 'shared') this.#shared.set(answer.target, file);
      if (answer.card !== 'own') return;
      this.#own.add(answer.target);
      this.#tally[answer.drawn ? 'drawn' : 'fromCache'] += 1;
    });
    // Each waiting page holds its <head> (a few kilobytes): a thousand at most. A card that
    // failed stops the next page, with the name of the page it belongs to.
    await this.#making.add(making);
  }

  /** Waits for every card; throws the first card that failed or belongs to no page. */
  async finish(): Promise<CardTally> {
    try {
      await this.#making.settled();
    } finally {
      await this.#pool.close();
    }
    for (const [file, page] of this.#shared) {
      if (!this.#own.has(file)) {
        throw new Error(
          `${page}: its og:image is ${file}, the card of a page that is not in the build. A page shares another page's card only when that page is built.`,
        );
      }
    }
    return { written: this.#own.size, ...this.#tally };
  }
}

const STEPS = 'peace-plan:social-cards';

/** The integration. `asOfDay` is SITE.asOf from site.config.mjs. */
export function socialCards(options: { asOfDay: string }): AstroIntegration {
  let base = '';
  let outDir = '';
  let writer: CardWriter | undefined;
  return {
    name: 'peace-plan:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      // Cards are drawn while the pages render, one worker per core sharing the cores with them.
      'astro:build:start': () => {
        const cards = new CardWriter(outDir, options.asOfDay, base);
        writer = cards;
        addPageSteps(STEPS, { read: ({ file, html }) => cards.page(file, html) });
      },
      'astro:build:done': async ({ logger }) => {
        removePageSteps(STEPS);
        if (!writer) return;
        const s = await writer.finish();
        logger.info(
          `social cards: ${s.fromCache} from cache, ${s.drawn} drawn, ${s.written} written to social/`,
        );
      },
    },
  };
}
