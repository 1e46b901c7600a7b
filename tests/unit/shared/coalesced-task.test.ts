/** A task run after a pause, never twice at a time, once more when asked during a run. */
import { describe, expect, it } from 'vitest';
import { coalescedTask } from '../../../src/shared/index.ts';

describe('coalescedTask', () => {
  it('runs once for several asks within the pause, and settles after', async () => {
    let runs = 0;
    const task = coalescedTask(async () => void (runs += 1), 20);
    task.schedule();
    task.schedule();
    expect(task.busy()).toBe(true);
    await task.settled();
    expect(runs).toBe(1);
    expect(task.busy()).toBe(false);
  });

  it('runs once more when asked during a run, never two at a time, then calls onIdle', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    let idle = 0;
    const task = coalescedTask(
      async () => {
        active += 1;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 20));
        runs += 1;
        active -= 1;
      },
      0,
      () => (idle += 1),
    );
    task.runNow();
    task.runNow();
    task.runNow();
    await task.settled();
    expect({ runs, most, idle }).toEqual({ runs: 2, most: 1, idle: 1 });
  });

  it('keeps going after a run that fails, and stop() cancels a waiting run', async () => {
    let runs = 0;
    const task = coalescedTask(async () => {
      runs += 1;
      throw new Error('failed');
    }, 10);
    task.runNow();
    await task.settled();
    task.schedule();
    task.stop();
    await task.settled();
    expect(runs).toBe(1);
  });
});
