/**
 * The build's search index, made on a worker thread (index-worker.ts) as the pages come: the
 * thread that renders pages only hands each one over. A page waits only when the worker has
 * fallen behind by IN_QUEUE pages, so the pages' HTML never piles up in memory.
 */
import { Worker } from 'node:worker_threads';
import { Throttle } from '../shared/index.ts';
import type { RenderedPage, SearchIndexReport } from './integration.ts';

/** Pages handed over and not yet indexed, at most. */
const IN_QUEUE = 16;

/** What the worker is asked to do. */
type IndexRequest =
  | { type: 'start'; contentDir: string }
  | { type: 'page'; page: RenderedPage }
  | { type: 'finish'; siteDir: string };

/** A message to the worker. */
export type IndexJob = IndexRequest & { id: number };

/** The worker's answer to one message. */
export type IndexAnswer = { id: number; result?: unknown } | { id: number; error: string };

/** The search index of one build, on its own thread. */
export class SearchIndexThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { done: (v: unknown) => void; fail: (e: Error) => void }>();
  readonly #pages = new Throttle(IN_QUEUE);
  #next = 0;
  #failure: Error | undefined;

  private constructor() {
    this.#worker = new Worker(new URL('./index-worker.ts', import.meta.url));
    this.#worker.on('message', (answer: IndexAnswer) => {
      const waiting = this.#pending.get(answer.id);
      this.#pending.delete(answer.id);
      if ('error' in answer) waiting?.fail(new Error(answer.error));
      else waiting?.done(answer.result);
    });
    this.#worker.on('error', (error) => {
      this.#failure = error;
      for (const { fail } of this.#pending.values()) fail(error);
      this.#pending.clear();
    });
  }

  /** Starts the worker, which reads the spelling maps from `contentDir` and starts Pagefind. */
  static async start(contentDir: string): Promise<SearchIndexThread> {
    const thread = new SearchIndexThread();
    try {
      await thread.#ask({ type: 'start', contentDir });
    } catch (error) {
      await thread.#worker.terminate();
      throw error;
    }
    return thread;
  }

  #ask(job: IndexRequest): Promise<unknown> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#next++;
    return new Promise((done, fail) => {
      this.#pending.set(id, { done, fail });
      this.#worker.postMessage({ ...job, id });
    });
  }

  /** Hands a built page over; resolves at once unless the worker is IN_QUEUE pages behind. */
  async page(page: RenderedPage): Promise<void> {
    await this.#pages.add(this.#ask({ type: 'page', page }));
  }

  /** Waits for every page, adds the list entries, writes the index into `siteDir`/pagefind/. */
  async finish(siteDir: string): Promise<SearchIndexReport> {
    try {
      await this.#pages.settled();
      return (await this.#ask({ type: 'finish', siteDir })) as SearchIndexReport;
    } finally {
      await this.#worker.terminate();
    }
  }
}
