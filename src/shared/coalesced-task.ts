/**
 * A task that runs after a pause once asked and never twice at a time: asked again while it
 * runs, it runs once more when it ends. The dev server's content check and its search index both
 * work this way. No imports: pure timing.
 */

/** A coalesced task (see coalescedTask). */
export interface CoalescedTask {
  /** Run after the pause; asking again restarts the pause. */
  schedule(): void;
  /** Run now, or once more as soon as the current run ends. */
  runNow(): void;
  /** Whether a run is waiting for its pause or running. */
  busy(): boolean;
  /** Resolves when no run is waiting or running. */
  settled(): Promise<void>;
  /** Cancels a run still waiting for its pause. */
  stop(): void;
}

/**
 * The task `run`, coalesced. `run` handles its own errors (a rejection is only logged by the
 * caller's own code, never here); `onIdle` runs when the last run ends, before settled() resolves.
 */
export function coalescedTask(
  run: () => Promise<void>,
  delayMs: number,
  onIdle: () => void = () => undefined,
): CoalescedTask {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let waiting: (() => void)[] = [];

  const busy = () => timer !== undefined || running !== undefined;
  const release = () => {
    if (busy()) return;
    const done = waiting;
    waiting = [];
    done.forEach((resolve) => resolve());
  };
  const runNow = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          runNow();
          return;
        }
        onIdle();
        release();
      });
  };

  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(runNow, delayMs);
    },
    runNow,
    busy,
    settled: () => (busy() ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve()),
    stop() {
      clearTimeout(timer);
      timer = undefined;
      release();
    },
  };
}
