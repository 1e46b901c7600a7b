/**
 * A worker thread that draws cards (see card-pool.ts): it receives `{ id, spec }` and answers
 * `{ id, png }` or `{ id, error }`. The fonts and renderers load once per worker.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard } from './card-render.ts';
import type { CardSpec } from './card-layout.ts';

/** A card to draw. */
export interface CardJob {
  id: number;
  spec: CardSpec;
}

/** A drawn card, or why it could not be drawn. */
export type CardAnswer = { id: number; png: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('card-worker.ts runs only as a worker thread (see card-pool.ts).');
port.on('message', (job: CardJob) => {
  drawCard(job.spec).then(
    ({ png }) => port.postMessage({ id: job.id, png } satisfies CardAnswer),
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies CardAnswer),
  );
});
