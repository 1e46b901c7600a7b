/**
 * Work under way, a few at a time: each task is added once it has started, and add() waits
 * while `limit` tasks are running, so whatever feeds it (pages, files, records) slows down
 * instead of piling up. The first task to fail is kept: add() and settled() throw it.
 */
export class Throttle {
  readonly #running = new Set<Promise<void>>();
  readonly #limit: number;
  #failed = false;
  #failure: unknown;

  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  /** Adds a started task; resolves once fewer than the limit are running. */
  async add(task: Promise<unknown>): Promise<void> {
    this.#throwFailure();
    const running: Promise<void> = task.then(
      () => void this.#running.delete(running),
      (error: unknown) => {
        this.#running.delete(running);
        if (!this.#failed) [this.#failed, this.#failure] = [true, error];
      },
    );
    this.#running.add(running);
    while (this.#running.size >= this.#limit) await Promise.race(this.#running);
    this.#throwFailure();
  }

  /** Waits for every task added; throws the first that failed. */
  async settled(): Promise<void> {
    await Promise.all(this.#running);
    this.#throwFailure();
  }

  #throwFailure(): void {
    if (this.#failed) throw this.#failure;
  }
}
