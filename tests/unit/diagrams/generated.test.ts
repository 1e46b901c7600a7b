import { describe, expect, it } from 'vitest';
import { actorMapDiagram, talkPairs } from '../../../src/diagrams/generated/actor-map.ts';
import type { ActorInput, EventInput } from '../../../src/diagrams/generated/common.ts';
import { nodeId, wrapWords } from '../../../src/diagrams/generated/common.ts';
import { planPathDiagram } from '../../../src/diagrams/generated/plan-path.ts';
import { timelineDiagram } from '../../../src/diagrams/generated/timeline.ts';
import { extractAccessibility } from '../../../src/diagrams/source.ts';
import { textVersion } from '../../../src/diagrams/text.ts';

const event = (
  id: string,
  date: string,
  track: string,
  title: string,
  more: Partial<EventInput> = {},
): EventInput => ({
  id,
  date,
  track,
  title,
  precision: 'day',
  status: 'reported',
  ...more,
});

const EVENTS: EventInput[] = [
  event('geneva', '2025-11-23', 'us-ukraine', 'Talks in Geneva'),
  event('leak', '2025-11-17', 'plan', 'The draft "leaks" <b>early</b>', {
    endDate: '2025-11-21',
    precision: 'week',
  }),
  event('strike', '2025-11-25', 'battlefield', 'Missile strikes: Kyiv [night]'),
  event('abu-dhabi', '2025-11-24', 'us-russia', 'Talks in Abu Dhabi', { endDate: '2025-11-25' }),
  event('moscow', '2025-12-01', 'us-russia', 'Trip to Moscow', {
    precision: 'week',
    status: 'unconfirmed',
  }),
  event('umerov', '2025-11-25', 'us-ukraine', 'Umerov: a common understanding'),
];

const ACTORS: ActorInput[] = [
  {
    id: 'steve-witkoff',
    name: 'Steve Witkoff',
    side: 'united-states',
    talksWith: ['kirill-dmitriev', 'vladimir-putin'],
  },
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    side: 'united-states',
    talksWith: ['vladimir-putin'],
  },
  { id: 'vladimir-putin', name: 'Vladimir Putin', side: 'russia', talksWith: ['donald-trump'] },
  { id: 'kirill-dmitriev', name: 'Kirill <Dmitriev>', side: 'russia', talksWith: [] },
  { id: 'leon-panetta', name: 'Leon Panetta', side: 'outside-voices', talksWith: [] },
];

describe('shared helpers', () => {
  it('node ids are safe mermaid ids, never a keyword', () => {
    expect(nodeId('e', '2025-11-23-geneva-talks')).toBe('e_2025_11_23_geneva_talks');
    expect(nodeId('a', 'end')).toBe('a_end');
  });

  it('wrapWords breaks at spaces near the width', () => {
    expect(wrapWords('The White House says a few delicate details remain', 20)).toEqual([
      'The White House says',
      'a few delicate',
      'details remain',
    ]);
  });
});

describe('timelineDiagram', () => {
  const source = timelineDiagram(EVENTS);

  it('declares its title and description', () => {
    expect(extractAccessibility(source)).toEqual({
      title: 'Timeline of events, November 2025 to December 2025',
      description: expect.stringContaining(
        '6 events on 5 dates, from Week of 17 November 2025 to Week of 1 December 2025',
      ),
    });
  });

  it('groups events by date, in date order, and says which are unconfirmed', () => {
    expect(textVersion(source).map((i) => i.text)).toEqual([
      'Week of 17 November 2025 → 23 November 2025',
      '23 November 2025 → 24–25 November 2025',
      '24–25 November 2025 → 25 November 2025',
      '25 November 2025 → Week of 1 December 2025',
      'Group “Week of 17 November 2025”: The draft "leaks" <b>early</b>',
      'Group “23 November 2025”: Talks in Geneva',
      'Group “24–25 November 2025”: Talks in Abu Dhabi',
      'Group “25 November 2025”: Missile strikes: Kyiv [night], Umerov: a common understanding',
      'Group “Week of 1 December 2025”: Trip to Moscow (unconfirmed)',
    ]);
  });

  it('escapes labels: no raw quote, bracket, colon or tag reaches mermaid', () => {
    const body = source
      .split('\n')
      .filter((l) => !/accTitle|accDescr/.test(l))
      .join('\n');
    expect(body).not.toMatch(/<b>|\[night\]|strikes: |"leaks"/);
    expect(body).toContain('#34;leaks#34;');
  });

  it('filters by track and refuses an empty result', () => {
    expect(
      textVersion(timelineDiagram(EVENTS, { tracks: ['battlefield'] })).map((i) => i.text),
    ).toEqual(['Group “25 November 2025”: Missile strikes: Kyiv [night]']);
    expect(() => timelineDiagram(EVENTS, { tracks: ['economy'] })).toThrow(/no events/);
  });
});

describe('actorMapDiagram', () => {
  it('draws each pair that talks once, whichever side lists it', () => {
    expect(talkPairs(ACTORS)).toEqual([
      ['donald-trump', 'vladimir-putin'],
      ['kirill-dmitriev', 'steve-witkoff'],
      ['steve-witkoff', 'vladimir-putin'],
    ]);
  });

  it('groups the connected actors by side and lists the pairs in words', () => {
    const source = actorMapDiagram(ACTORS);
    expect(source).toContain('subgraph side_united_states["United States"]');
    expect(source).not.toContain('Leon Panetta');
    expect(textVersion(source).map((i) => i.text)).toEqual([
      'Donald Trump — Vladimir Putin',
      'Kirill <Dmitriev> — Steve Witkoff',
      'Steve Witkoff — Vladimir Putin',
      'Group “United States”: Donald Trump, Steve Witkoff',
      'Group “Russia”: Kirill <Dmitriev>, Vladimir Putin',
    ]);
    expect(extractAccessibility(source).description).toContain('Donald Trump and Vladimir Putin');
  });

  it('can include actors who talk to no one', () => {
    expect(actorMapDiagram(ACTORS, { includeUnconnected: true })).toContain('Leon Panetta');
  });

  it('names the file to fix when talksWith points at an unknown actor', () => {
    const bad = [
      ...ACTORS,
      { id: 'x', name: 'X', side: 'europe', talksWith: ['nobody'] } as ActorInput,
    ];
    expect(() => talkPairs(bad)).toThrow(
      'Actor "x" lists "nobody" in talksWith, but content/actors/nobody.yaml does not exist.',
    );
  });
});

describe('planPathDiagram', () => {
  const source = planPathDiagram(EVENTS);

  it('keeps only the plan, US–Ukraine and US–Russia tracks, each a chain in date order', () => {
    const lines = textVersion(source).map((i) => i.text);
    expect(lines).toContain(
      '23 November 2025 Talks in Geneva → 25 November 2025 Umerov: a common understanding',
    );
    expect(lines).toContain(
      '24–25 November 2025 Talks in Abu Dhabi → Week of 1 December 2025 Trip to Moscow (unconfirmed)',
    );
    expect(lines.some((l) => l.includes('Missile'))).toBe(false);
    expect(lines).toContain(
      'Group “The plan”: Week of 17 November 2025 The draft "leaks" <b>early</b>',
    );
  });

  it('marks uncertain events with a dashed border as well as in words', () => {
    expect(source).toContain('classDef uncertain stroke-dasharray: 6 4');
    expect(source).toContain('class e_moscow uncertain');
  });
});
