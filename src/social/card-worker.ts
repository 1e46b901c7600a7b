/**
 * A worker thread that makes cards (see card-pool.ts): it receives a built page's <head> and
 * answers with what card the page asks for, after writing it into the output folder when the
 * card is the page's own (from the cache, else drawn). So neither reading the page's meta nor
 * drawing runs on the thread that renders pages. The fonts and renderers load once per worker.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { cardFile } from './card-layout.ts';
import { cardPng, cardStats } from './card-render.ts';
import { pageCardFromHtml } from './card-spec.ts';

/** A page whose card to make. */
export interface CardJob {
  id: number;
  /** The page's file under the output folder, `uk/the-plan/index.html`. */
  file: string;
  /** The page's HTML up to its </head>. */
  head: string;
  asOfDay: string;
  base: string;
  /** The output folder. */
  dir: string;
}

/**
 * What a page's card is: none, another page's (`shared`, not written here), or its own, written
 * to `target` (under the output folder) and `drawn` or taken from the cache.
 */
export type CardAnswer =
  | { id: number; card: 'none' }
  | { id: number; card: 'shared'; target: string }
  | { id: number; card: 'own'; target: string; drawn: boolean }
  | { id: number; error: string };

/** Makes the card of one page. */
export async function makeCard(job: CardJob): Promise<CardAnswer> {
  const card = pageCardFromHtml(job.head, job.asOfDay, job.base);
  if (!card) return { id: job.id, card: 'none' };
  const target = decodeURIComponent(card.imagePath.slice(1));
  if (target.split('/').includes('..')) {
    throw new Error(`${job.file}: og:image ${target} leaves dist/.`);
  }
  if (target !== cardFile(`/${job.file.replaceAll('\\', '/')}`)) {
    return { id: job.id, card: 'shared', target };
  }
  const drawnBefore = cardStats.drawn;
  const png = await cardPng(card.spec);
  const path = join(job.dir, target);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png);
  return { id: job.id, card: 'own', target, drawn: cardStats.drawn > drawnBefore };
}

const port = parentPort;
if (port) {
  port.on('message', (job: CardJob) => {
    makeCard(job).then(
      (answer) => port.postMessage(answer),
      (error: unknown) =>
        port.postMessage({
          id: job.id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies CardAnswer),
    );
  });
}
