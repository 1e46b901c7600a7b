import { describe, expect, it } from 'vitest';
import { CompactPath, round } from '../../../src/maps/path-context.ts';

/** The absolute points of a path written by CompactPath (M, then relative l steps). */
function points(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [start = '', steps = ''] = part.replace(/z$/, '').split('l');
      const nums = (s: string) => (s.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      const [x0 = 0, y0 = 0] = nums(start);
      const out: [number, number][] = [[x0, y0]];
      const deltas = nums(steps);
      for (let i = 0; i < deltas.length; i += 2) {
        const [x, y] = out[out.length - 1] ?? [0, 0];
        out.push([x + (deltas[i] ?? 0), y + (deltas[i + 1] ?? 0)]);
      }
      return out;
    });
}

describe('compact map paths', () => {
  it('writes rounded points that read back to the drawn ones, without drift', () => {
    const path = new CompactPath(0);
    const drawn: [number, number][] = [
      [10.04, 20.06],
      [10.33, 20.91],
      [11.07, 19.55],
      [12.96, 21.44],
      [13.01, 22.05],
    ];
    path.moveTo(...drawn[0]!);
    for (const p of drawn.slice(1)) path.lineTo(...p);
    const read = points(path.result())[0] ?? [];
    expect(read).toHaveLength(drawn.length);
    for (const [i, [x, y]] of read.entries()) {
      expect(Math.abs(x - drawn[i]![0])).toBeLessThanOrEqual(0.051);
      expect(Math.abs(y - drawn[i]![1])).toBeLessThanOrEqual(0.051);
    }
  });

  it('drops points closer than the step to the last one kept, but keeps the end of a line', () => {
    const path = new CompactPath(1);
    path.moveTo(0, 0);
    path.lineTo(0.3, 0);
    path.lineTo(0.6, 0);
    path.lineTo(1.2, 0);
    path.lineTo(1.5, 0);
    expect(points(path.result())).toEqual([
      [
        [0, 0],
        [1.2, 0],
        [1.5, 0],
      ],
    ]);
  });

  it('leaves out rings smaller than the smallest size and closes the others', () => {
    const path = new CompactPath(0, 2);
    path.moveTo(0, 0);
    path.lineTo(1, 0);
    path.lineTo(1, 1);
    path.closePath();
    path.moveTo(10, 10);
    path.lineTo(13, 10);
    path.lineTo(13, 13);
    path.closePath();
    expect(path.result()).toBe('M10,10l3,0 0,3z');
  });

  it('writes short numbers: no trailing zero, no leading zero, no minus zero', () => {
    expect([round(1.04), round(-0.01), round(2.25), round(7)]).toEqual(['1', '0', '2.3', '7']);
    const path = new CompactPath(0);
    path.moveTo(0, 0);
    path.lineTo(0.5, -0.5);
    expect(path.result()).toBe('M0,0l.5-.5');
  });
});
