import { describe, expect, it } from 'vitest';
import { Throttle } from '../../../src/shared/throttle.ts';

/** A task that ends when told to. */
function task(): { promise: Promise<void>; end: () => void; fail: (error: Error) => void } {
  let end = () => {};
  let fail = (_: Error) => {};
  const promise = new Promise<void>((resolve, reject) => ([end, fail] = [resolve, reject]));
  return { promise, end, fail };
}

const tick = () => new Promise((done) => setTimeout(done, 5));

describe('Throttle', () => {
  it('lets tasks be added until the limit is running, then waits for one to end', async () => {
    const throttle = new Throttle(2);
    const [a, b] = [task(), task()];
    await throttle.add(a.promise);
    let added = false;
    const adding = throttle.add(b.promise).then(() => (added = true));
    await tick();
    expect(added).toBe(false);
    a.end();
    await adding;
    expect(added).toBe(true);
    b.end();
    await throttle.settled();
  });

  it('keeps the first failure and throws it from the next add and from settled', async () => {
    const throttle = new Throttle(4);
    const [a, b] = [task(), task()];
    await throttle.add(a.promise);
    await throttle.add(b.promise);
    a.fail(new Error('first'));
    b.fail(new Error('second'));
    await tick();
    await expect(throttle.add(Promise.resolve())).rejects.toThrow('first');
    await expect(throttle.settled()).rejects.toThrow('first');
  });

  it('is settled at once with nothing added', async () => {
    await expect(new Throttle(1).settled()).resolves.toBeUndefined();
  });
});
