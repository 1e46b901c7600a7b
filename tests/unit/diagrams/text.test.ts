import { describe, expect, it } from 'vitest';
import { textVersion } from '../../../src/diagrams/text.ts';

const texts = (source: string) => textVersion(source).map((item) => item.text);

describe('textVersion: flowcharts', () => {
  it('gives one line per edge, with node labels and edge labels', () => {
    const source = [
      'flowchart LR',
      '  accTitle: T',
      '  accDescr: D',
      '  leak["Leaked draft"] -->|revised in| geneva("Geneva talks")',
      '  geneva -- then --> abu{Abu Dhabi}',
      '  abu -.-> moscow[(Moscow)]',
      '  moscow --- end_node((End))',
    ].join('\n');
    expect(texts(source)).toEqual([
      'Leaked draft → Geneva talks (revised in)',
      'Geneva talks → Abu Dhabi (then)',
      'Abu Dhabi → Moscow',
      'Moscow — End',
    ]);
  });

  it('reads chains, & groups and statements separated by semicolons', () => {
    const source = 'graph TD\n  A[One] --> B[Two] --> C[Three]; D[Four] & E[Five] --> A';
    expect(texts(source)).toEqual(['One → Two', 'Two → Three', 'Four and Five → One']);
  });

  it('lists groups with their members, and nodes without edges', () => {
    const source = [
      'flowchart TB',
      '  subgraph us["United States"]',
      '    direction TB',
      '    w[Witkoff]',
      '    r[Rubio]',
      '  end',
      '  lonely[On its own]',
      '  classDef x fill:#fff',
      '  w --> r',
    ].join('\n');
    expect(texts(source)).toEqual([
      'Witkoff → Rubio',
      'Group “United States”: Witkoff, Rubio',
      'On its own',
    ]);
  });

  it('ignores invisible links, which only place boxes', () => {
    const source = 'flowchart TB\n  subgraph d["25 November"]\n  a[First] ~~~ b[Second]\n  end';
    expect(texts(source)).toEqual(['Group “25 November”: First, Second']);
  });

  it('keeps a statement it cannot read, so no content is lost', () => {
    expect(texts('flowchart LR\n  A --> ')).toContain('A -->');
  });

  it('decodes entity codes in labels into plain text', () => {
    expect(texts('flowchart LR\n  a["#60;b#62; #quot;x#quot;"] --> b')).toEqual(['<b> "x" → b']);
  });
});

describe('textVersion: other diagram types', () => {
  it('sequence diagrams give their messages with participant names, notes and blocks', () => {
    const source = [
      'sequenceDiagram',
      '  accTitle: T',
      '  accDescr: D',
      '  participant W as Steve Witkoff',
      '  actor U as Rustem Umerov',
      '  W->>U: Draft plan',
      '  U-->>W: Revisions',
      '  loop Every day',
      '  W-)U: Calls',
      '  end',
      '  Note over W,U: In Geneva',
    ].join('\n');
    expect(texts(source)).toEqual([
      'Steve Witkoff → Rustem Umerov: Draft plan',
      'Rustem Umerov → Steve Witkoff (reply): Revisions',
      'loop: Every day',
      'Steve Witkoff → Rustem Umerov: Calls',
      'Note on Steve Witkoff and Rustem Umerov: In Geneva',
    ]);
  });

  it('timelines give "period: events", grouped by section', () => {
    const source = [
      'timeline',
      '  title Talks',
      '  section November 2025',
      '    17 Nov : Draft leaks',
      '    23 Nov : Geneva talks : Plan revised at 10:30',
      '           : Delegations fly home',
      '  section December 2025',
      '    1 Dec : Moscow trip',
    ].join('\n');
    expect(textVersion(source)).toEqual([
      {
        text: 'November 2025',
        children: [
          { text: '17 Nov: Draft leaks' },
          { text: '23 Nov: Geneva talks; Plan revised at 10:30; Delegations fly home' },
        ],
      },
      { text: 'December 2025', children: [{ text: '1 Dec: Moscow trip' }] },
    ]);
  });

  it('mindmaps give their hierarchy', () => {
    const source = [
      'mindmap',
      '  accTitle: T',
      '  accDescr: D',
      '  root((Concerns))',
      '    Europe',
      '      Blindsided',
      '      [Sidelined]',
      '    id1(Congress)',
      '      ::icon(fa fa-book)',
      '      Precedent',
    ].join('\n');
    expect(textVersion(source)).toEqual([
      {
        text: 'Concerns',
        children: [
          { text: 'Europe', children: [{ text: 'Blindsided' }, { text: 'Sidelined' }] },
          { text: 'Congress', children: [{ text: 'Precedent' }] },
        ],
      },
    ]);
  });

  it('pie charts and xy charts give their figures', () => {
    expect(texts('pie title Points\n  "Kept" : 19\n  "Changed" : 9')).toEqual([
      'Kept: 19',
      'Changed: 9',
    ]);
    const xy =
      'xychart-beta\n  x-axis [Jan, Feb]\n  y-axis "Bn" 0 --> 10\n  bar "Revenue" [3, 5]\n  line [2, 4]';
    expect(texts(xy)).toEqual(['Revenue: Jan 3, Feb 5', 'line: Jan 2, Feb 4']);
  });

  it('other types give their lines as written', () => {
    expect(texts('stateDiagram-v2\n  [*] --> Talks\n  Talks --> Deal')).toEqual([
      '[*] --> Talks',
      'Talks --> Deal',
    ]);
  });
});
