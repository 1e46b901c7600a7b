/**
 * Draws cards on worker threads, one per core up to four, so a build with hundreds of new cards
 * uses every core. Workers start on the first card to draw: a build whose cards all come from
 * the cache starts none.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardAnswer, CardJob } from './card-worker.ts';

/** Cards drawn at once at most, whatever the machine. */
const MAX_WORKERS = 4;

/** A pool of card-drawing workers. Call close() when done. */
export class CardPool {
  readonly #size: number;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: { job: CardJob; done: (answer: CardAnswer) => void }[] = [];
  readonly #pending = new Map<number, (answer: CardAnswer) => void>();
  #next = 0;

  constructor(size = Math.min(MAX_WORKERS, availableParallelism())) {
    this.#size = Math.max(1, size);
  }

  /** Makes the card of one page (see card-worker.ts). */
  async make(job: Omit<CardJob, 'id'>): Promise<Exclude<CardAnswer, { error: string }>> {
    const answer = await new Promise<CardAnswer>((done) => {
      this.#queue.push({ job: { ...job, id: this.#next++ }, done });
      this.#pump();
    });
    if ('error' in answer) {
      throw new Error(`${job.file}: its social card could not be made: ${answer.error}`);
    }
    return answer;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
    this.#workers.length = 0;
    this.#idle.length = 0;
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? this.#start();
      if (!worker) return;
      const { job, done } = this.#queue.shift()!;
      this.#pending.set(job.id, done);
      worker.postMessage(job);
    }
  }

  #start(): Worker | undefined {
    if (this.#workers.length >= this.#size) return undefined;
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
    worker.on('message', (answer: CardAnswer) => {
      this.#pending.get(answer.id)?.(answer);
      this.#pending.delete(answer.id);
      this.#idle.push(worker);
      this.#pump();
    });
    worker.on('error', (error) => {
      // A worker that dies takes its card with it: fail every card still waiting.
      for (const [id, done] of this.#pending) done({ id, error: error.message });
      this.#pending.clear();
      for (const { job, done } of this.#queue.splice(0)) done({ id: job.id, error: error.message });
    });
    this.#workers.push(worker);
    return worker;
  }
}
