/**
 * Generated diagrams drawn for real (one browser page for all three): labels with quotes,
 * brackets, colons and HTML reach the SVG as text, never as markup or broken syntax.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actorMapDiagram } from '../../src/diagrams/generated/actor-map.ts';
import type { ActorInput, EventInput } from '../../src/diagrams/generated/common.ts';
import { planPathDiagram } from '../../src/diagrams/generated/plan-path.ts';
import { timelineDiagram } from '../../src/diagrams/generated/timeline.ts';
import { leftoverColours } from '../helpers/colours.ts';
import { diagramHtml } from '../../src/diagrams/html.ts';
import { closeRenderer, resetRendererForTests } from '../../src/diagrams/renderer.ts';

const NASTY = 'Deal "agreed" <b>soon</b>: [maybe] (50%) #1 & {more}';
const EVENTS: EventInput[] = [
  {
    id: 'leak',
    title: NASTY,
    date: '2025-11-17',
    endDate: '2025-11-21',
    precision: 'week',
    track: 'plan',
    status: 'reported',
  },
  {
    id: 'geneva',
    title: 'Talks; in Geneva',
    date: '2025-11-23',
    precision: 'day',
    track: 'us-ukraine',
    status: 'confirmed',
  },
  {
    id: 'moscow',
    title: 'Trip --> Moscow',
    date: '2025-12-01',
    precision: 'week',
    track: 'us-russia',
    status: 'unconfirmed',
  },
];
const ACTORS: ActorInput[] = [
  { id: 'a', name: 'Person <script>alert(1)</script>', side: 'united-states', talksWith: ['b'] },
  { id: 'b', name: 'Envoy "B" [Jr.]', side: 'russia', talksWith: [] },
];

let html: string[] = [];

beforeAll(async () => {
  vi.stubEnv('PEACE_DIAGRAM_CACHE', mkdtempSync(join(tmpdir(), 'diagram-html-')));
  vi.stubEnv('PEACE_DIAGRAMS', '');
  resetRendererForTests();
  html = await Promise.all([
    diagramHtml(timelineDiagram(EVENTS), 'timeline'),
    diagramHtml(actorMapDiagram(ACTORS), 'actor-map'),
    diagramHtml(planPathDiagram(EVENTS), 'plan-path'),
  ]);
}, 60_000);

afterAll(async () => {
  await closeRenderer();
  vi.unstubAllEnvs();
});

describe('diagramHtml with generated diagrams', () => {
  it('draws each as inline SVG with its caption and text version', () => {
    for (const h of html) {
      expect(h).toMatch(/^<div class="diagram" id="dg-[a-z-]+-[0-9a-f]{8}-figure"/);
      expect(h).toContain('role="img"');
      expect(h).toContain('<details class="diagram__text">');
      expect(leftoverColours(h)).toEqual([]);
    }
  });

  it('keeps every nasty label as text, in the SVG and in the text version', () => {
    const [timeline, actors, plan] = html as [string, string, string];
    for (const h of [timeline, actors, plan]) {
      expect(h).not.toMatch(/<(b|script)[\s>]/);
    }
    // In the SVG, a label is split into one <tspan> per word; its words arrive intact.
    expect(timeline).toMatch(
      />Deal<\/tspan>.*"agreed"<\/tspan>.*&#x3C;b>soon&#x3C;\/b>:<\/tspan>.*\[maybe\]<\/tspan>.*\(50%\)<\/tspan>.*#1<\/tspan>.*&#x26;<\/tspan>.*\{more\}<\/tspan>/s,
    );
    expect(timeline).toContain(
      `<li>Group “Week of 17 November 2025”: Deal "agreed" &#x3C;b>soon&#x3C;/b>: [maybe] (50%) #1 &#x26; {more}</li>`,
    );
    expect(actors).toContain(
      '<li>Person &#x3C;script>alert(1)&#x3C;/script> — Envoy "B" [Jr.]</li>',
    );
    expect(plan).toContain('Trip --> Moscow (unconfirmed)</li>');
  });

  it('refuses generated text without accTitle and accDescr, naming the diagram', async () => {
    await expect(diagramHtml('flowchart LR\n  A --> B', 'broken')).rejects.toThrow(
      'Diagram "broken": the generated mermaid text has no accTitle or accDescr.',
    );
  });
});
