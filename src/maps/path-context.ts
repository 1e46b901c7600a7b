/**
 * A drawing context for d3-geo's `geoPath` that writes a compact SVG path: coordinates rounded to
 * one decimal, points closer than `minStep` pixels to the last one dropped, and rings smaller
 * than `minSize` pixels across left out. At the size the maps are drawn, Natural Earth's shapes
 * carry many points per pixel and many islets of less than a pixel; dropping them keeps a map
 * within a few kilobytes without a visible change. Pure.
 */

/** The subset of CanvasRenderingContext2D that geoPath calls when drawing lines and polygons. */
export class CompactPath {
  private done: string[] = [];
  private ring: [number, number][] = [];
  private closed = false;
  private readonly minStep: number;
  private readonly minSize: number;

  /**
   * `minStep`: the smallest distance, in pixels, between two points written; `minSize`: the
   * smallest width or height, in pixels, of a ring or line that is drawn.
   */
  constructor(minStep = 0.7, minSize = 0) {
    this.minStep = minStep;
    this.minSize = minSize;
  }

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[x, y]];
  }

  lineTo(x: number, y: number): void {
    this.ring.push([x, y]);
  }

  closePath(): void {
    this.closed = true;
    this.flush();
  }

  /** Part of the context geoPath expects; each ring starts with moveTo anyway. */
  beginPath(): void {}

  /** geoPath draws points as arcs; the maps draw their points themselves. */
  arc(): void {}

  /** The path data written so far. */
  result(): string {
    this.flush();
    const d = this.done.join('');
    this.done = [];
    return d;
  }

  private flush(): void {
    const ring = this.ring;
    const closed = this.closed;
    this.ring = [];
    this.closed = false;
    if (ring.length < 2) return;
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (size < this.minSize) return;
    const kept: [number, number][] = [ring[0] as [number, number]];
    for (let i = 1; i < ring.length; i += 1) {
      const point = ring[i] as [number, number];
      const last = kept[kept.length - 1] as [number, number];
      // The last point of a line is always kept, so lines end where they should.
      const end = i === ring.length - 1;
      if (end || Math.hypot(point[0] - last[0], point[1] - last[1]) >= this.minStep) {
        kept.push(point);
      }
    }
    // Steps are written relative to the previous point, which makes shorter numbers; each is
    // measured from the previous point as rounded, so rounding never adds up along a line.
    const [start = [0, 0], ...rest] = kept.map(([x, y]) => [tenths(x), tenths(y)] as const);
    let [px, py] = start;
    let d = `M${decimal(px)},${decimal(py)}l`;
    for (const [x, y] of rest) {
      if (x === px && y === py) continue;
      const dy = decimal(y - py);
      d += `${decimal(x - px)}${dy.startsWith('-') ? '' : ','}${dy}`;
      // Numbers run together when the next one has its own sign or starts with a point.
      d += ' ';
      [px, py] = [x, y];
    }
    this.done.push(`${d.trimEnd()}${closed ? 'z' : ''}`);
  }
}

/** A coordinate in whole tenths of a pixel. */
const tenths = (n: number): number => Math.round(n * 10);

/** Tenths of a pixel written as the shortest decimal: 15 → "1.5", 5 → ".5", -5 → "-.5". */
function decimal(tenthsValue: number): string {
  return round(tenthsValue / 10).replace(/^(-?)0\./, '$1.');
}

/** One decimal, without a trailing ".0" and without "-0". */
export function round(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}
