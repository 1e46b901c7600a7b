import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../../src/collections/index.ts';
import {
  positionsMatrix,
  type IssueDefinition,
  type MatrixActor,
} from '../../../src/site/positions.ts';

const actors: MatrixActor[] = [
  { id: 'kyiv-leader', name: 'Kyiv Leader', side: 'ukraine', quotes: [] },
  {
    id: 'us-leader',
    name: 'US Leader',
    side: 'united-states',
    quotes: [{ id: 'meet', text: 'Only when final.', context: 'On a post', sources: ['s1'] }],
  },
  { id: 'moscow-leader', name: 'Moscow Leader', side: 'russia', quotes: [] },
];
const provisions = [
  {
    id: 'land',
    title: 'Land',
    positions: [
      { actor: 'kyiv-leader', position: 'Rejected it.', sources: ['s1'] },
      { actor: 'moscow-leader', position: 'Wants it.', sources: ['s2'] },
    ],
  },
  {
    id: 'land-2',
    title: 'More land',
    positions: [{ actor: 'moscow-leader', position: 'Wants it.', sources: ['s2'] }],
  },
];
const issues: IssueDefinition[] = [
  { id: 'territory', label: 'Territory', provisions: ['land', 'land-2'] },
  { id: 'meeting', label: 'A meeting', quotes: ['us-leader/meet'] },
  { id: 'sanctions', label: 'Sanctions', events: ['e1'] },
];
const SIDES = ['united-states', 'ukraine', 'russia'];
const build = (over: Partial<Parameters<typeof positionsMatrix>[0]> = {}) =>
  positionsMatrix({ issues, sides: SIDES, provisions, actors, eventIds: ['e1'], ...over });

describe('the positions matrix', () => {
  it('fills each cell from the positions of the mapped provisions, by the actor’s side', () => {
    const [territory] = build();
    expect(territory!.cells.map((c) => c.statements.map((s) => s.text))).toEqual([
      [],
      ['Rejected it.'],
      // The same position on two provisions of one issue is shown once.
      ['Wants it.'],
    ]);
    expect(territory!.cells[1]!.statements[0]).toMatchObject({
      actorName: 'Kyiv Leader',
      kind: 'position',
      sources: ['s1'],
      from: { provision: 'land' },
    });
  });

  it('fills cells with the mapped quotations, word for word, with their context', () => {
    const meeting = build()[1]!;
    expect(meeting.cells[0]!.statements).toEqual([
      {
        actor: 'us-leader',
        actorName: 'US Leader',
        kind: 'quote',
        text: 'Only when final.',
        context: 'On a post',
        sources: ['s1'],
        from: { actor: 'us-leader', quote: 'meet' },
      },
    ]);
  });

  it('leaves a cell empty ("not stated") when no entry speaks to it, never guessing', () => {
    const sanctions = build()[2]!;
    expect(sanctions.cells.every((c) => c.statements.length === 0)).toBe(true);
    const cells = build().flatMap((row) => row.cells);
    expect(cells.filter((c) => c.statements.length > 0).length).toBe(3);
  });

  it('names the file to fix when an issue maps something that does not exist', () => {
    expect(() =>
      build({ issues: [{ id: 'territory', label: 'T', provisions: ['gone'] }] }),
    ).toThrow(
      'content/issues/territory.yaml maps provision "gone", which is not in content/provisions/gone.yaml. Fix the id in the issue, or restore the entry it points to.',
    );
    expect(() => build({ issues: [{ id: 'm', label: 'M', quotes: ['us-leader/nope'] }] })).toThrow(
      'maps quote "us-leader/nope", which is not in the quotes of content/actors/us-leader.yaml',
    );
    expect(() => build({ eventIds: [] })).toThrow('maps event "e1"');
  });

  it('has rows for the main terms of the plan in content/issues/, each mapping some entry', () => {
    const content = readContentDir('content', ['issues']);
    expect(content.problems).toEqual([]);
    const issues = content.valid('issues');
    const ids = issues.map((i) => i.id);
    for (const wanted of [
      'territory',
      'army-size',
      'nato',
      'security-guarantees',
      'frozen-assets',
      'sanctions',
      'leaders-meeting',
    ]) {
      expect(ids).toContain(wanted);
    }
    for (const { id, data } of issues) {
      expect([...data.provisions, ...data.quotes, ...data.events].length, id).toBeGreaterThan(0);
    }
  });
});
