/**
 * Where each label of a map goes. The maps are drawn once, at build time, and scaled to the
 * reader's screen, so labels are placed for the narrowest screen: a label may not cross another
 * label, a marker or the frame. Each city label tries the places around its marker in a fixed
 * order of preference; each country label tries its shape's centre, then points above and below
 * it. Text widths are estimated from the number of characters, generously, since the reader's
 * font is not known at build time. Pure.
 */

/** A rectangle in map pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to place: its text, the point it belongs to, and its font size in map pixels. */
export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  size: number;
  /** `point`: a city beside its marker; `area`: a country, centred on `x`, `y`. */
  kind: 'point' | 'area';
  /** Capitals with letter spacing, as country names are drawn: wider per character. */
  caps?: boolean;
}

/** A placed label: where its text starts (`anchor`) and the box it covers. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** False when no candidate was free and the least crowded one was used. */
  clear: boolean;
}

/** Average advance of one character, as a share of the font size (bold sans, generous). */
const CHAR_WIDTH = 0.6;
const CAPS_WIDTH = 0.78;
/** Room between a marker and its label. */
const GAP = 4;

/** The estimated box of a label's text. */
export function textWidth(text: string, size: number, caps = false): number {
  return text.length * size * (caps ? CAPS_WIDTH : CHAR_WIDTH);
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The candidates of one label, best first: anchor point, text anchor and box. */
function candidates(label: LabelRequest, markerRadius: number): Omit<PlacedLabel, 'clear'>[] {
  const width = textWidth(label.text, label.size, label.caps);
  const height = label.size * 1.2;
  const { id, text, x, y, size } = label;
  // The baseline sits about 0.35 of the font size below the text's visual middle.
  const mid = y + size * 0.35;
  const box = (left: number, baseline: number): Box => ({
    x: left,
    y: baseline - size * 0.95,
    width,
    height,
  });
  if (label.kind === 'area') {
    return [0, -1, 1, -2, 2, -3, 3].map((step) => {
      const baseline = mid + step * height;
      return { id, text, x, y: baseline, anchor: 'middle', box: box(x - width / 2, baseline) };
    });
  }
  const d = markerRadius + GAP;
  const right = { id, text, x: x + d, y: mid, anchor: 'start' as const };
  const left = { id, text, x: x - d, y: mid, anchor: 'end' as const };
  const above = y - d;
  const below = y + d + size * 0.8;
  return [
    { ...right, box: box(x + d, mid) },
    { ...left, box: box(x - d - width, mid) },
    { id, text, x, y: above, anchor: 'middle', box: box(x - width / 2, above) },
    { id, text, x, y: below, anchor: 'middle', box: box(x - width / 2, below) },
    { id, text, x: x + d * 0.7, y: above, anchor: 'start', box: box(x + d * 0.7, above) },
    { id, text, x: x + d * 0.7, y: below, anchor: 'start', box: box(x + d * 0.7, below) },
    { id, text, x: x - d * 0.7, y: above, anchor: 'end', box: box(x - d * 0.7 - width, above) },
    { id, text, x: x - d * 0.7, y: below, anchor: 'end', box: box(x - d * 0.7 - width, below) },
  ];
}

/**
 * Places labels in the order given (the first gets its first choice). `markers` are the points
 * drawn on the map, which no label may cover; `frame` is the map's size, with `margin` pixels
 * kept free along its edges.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  markers: readonly { x: number; y: number }[],
  frame: { width: number; height: number },
  markerRadius: number,
  margin = 2,
): PlacedLabel[] {
  const taken: Box[] = markers.map((m) => ({
    x: m.x - markerRadius - 1,
    y: m.y - markerRadius - 1,
    width: 2 * markerRadius + 2,
    height: 2 * markerRadius + 2,
  }));
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    let best: { candidate: Omit<PlacedLabel, 'clear'>; cost: number } | undefined;
    for (const candidate of candidates(label, markerRadius)) {
      const { box } = candidate;
      const outside =
        Math.max(0, margin - box.x) +
        Math.max(0, box.x + box.width - (frame.width - margin)) +
        Math.max(0, margin - box.y) +
        Math.max(0, box.y + box.height - (frame.height - margin));
      const cost = taken.reduce((sum, other) => sum + overlap(box, other), 0) + outside * 100;
      if (!best || cost < best.cost) best = { candidate, cost };
      if (cost === 0) break;
    }
    if (!best) continue;
    placed.push({ ...best.candidate, clear: best.cost === 0 });
    taken.push(best.candidate.box);
  }
  return placed;
}
