import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type Box, type LabelRequest } from '../../../src/maps/labels.ts';

const frame = { width: 320, height: 200 };
const city = (id: string, x: number, y: number): LabelRequest => ({
  id,
  text: id,
  x,
  y,
  size: 12.5,
  kind: 'point',
});
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('map labels', () => {
  it('puts a city label to the right of its marker when there is room', () => {
    const [label] = placeLabels([city('Kyiv', 100, 100)], [{ x: 100, y: 100 }], frame, 3.5);
    expect(label).toMatchObject({ anchor: 'start', clear: true });
    expect(label!.box.x).toBeGreaterThan(100 + 3.5);
  });

  it('moves a label to the left when the right would leave the frame', () => {
    const [label] = placeLabels([city('Novorossiysk', 300, 100)], [{ x: 300, y: 100 }], frame, 3.5);
    expect(label).toMatchObject({ anchor: 'end', clear: true });
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(300);
  });

  it('keeps crowded labels apart and off every marker', () => {
    const points = [
      { x: 150, y: 100 },
      { x: 158, y: 92 },
      { x: 142, y: 108 },
      { x: 165, y: 104 },
    ];
    const labels = placeLabels(
      points.map((p, i) => city(['Kyiv', 'Moscow', 'Geneva', 'Minsk'][i]!, p.x, p.y)),
      points,
      frame,
      3.5,
    );
    expect(labels.every((l) => l.clear)).toBe(true);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
      for (const p of points) {
        const marker = { x: p.x - 3.5, y: p.y - 3.5, width: 7, height: 7 };
        expect(overlaps(a.box, marker)).toBe(false);
      }
    }
  });

  it('moves a country name off a city label, up or down from the centre', () => {
    const labels = placeLabels(
      [
        city('Pokrovsk', 120, 100),
        { id: 'ukraine', text: 'UKRAINE', x: 150, y: 100, size: 10.5, kind: 'area', caps: true },
      ],
      [{ x: 120, y: 100 }],
      frame,
      3.5,
    );
    const [pokrovsk, ukraine] = labels;
    expect(ukraine).toMatchObject({ anchor: 'middle', x: 150, clear: true });
    expect(ukraine!.y).not.toBe(100 + 10.5 * 0.35);
    expect(overlaps(pokrovsk!.box, ukraine!.box)).toBe(false);
  });

  it('says when no place was free', () => {
    const tiny = { width: 20, height: 10 };
    const [label] = placeLabels([city('Abu Dhabi', 10, 5)], [{ x: 10, y: 5 }], tiny, 3.5);
    expect(label!.clear).toBe(false);
  });

  it('estimates capitals with letter spacing as wider than plain text', () => {
    expect(textWidth('RUSSIA', 10, true)).toBeGreaterThan(textWidth('Russia', 10));
  });
});
