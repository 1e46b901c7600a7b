/**
 * The map of actors and who talks to whom, generated from `content/actors/`: a flowchart with a
 * group per side and a line for every pair that `talksWith` connects (in either direction, drawn
 * once). Pure.
 */
import { accText, nodeId, wrappedLabel, wrapWords, type ActorInput } from './common.ts';
import { SIDES } from '../../collections/schemas.ts';
import { SIDE_LABELS } from '../../shared/sides.ts';

/** Options of {@link actorMapDiagram}. */
export interface ActorMapOptions {
  /** Show actors with no conversation too. Default: only those in at least one pair. */
  includeUnconnected?: boolean;
  /** The caption. */
  title?: string;
}

/** The unordered pairs of actor ids that talk, each once, sorted; unknown ids are an error. */
export function talkPairs(actors: readonly ActorInput[]): [string, string][] {
  const known = new Set(actors.map((a) => a.id));
  const pairs = new Map<string, [string, string]>();
  for (const actor of actors) {
    for (const other of actor.talksWith) {
      if (!known.has(other)) {
        throw new Error(
          `Actor "${actor.id}" lists "${other}" in talksWith, but content/actors/${other}.yaml does not exist.`,
        );
      }
      if (other === actor.id) continue;
      const pair = [actor.id, other].sort() as [string, string];
      pairs.set(pair.join(' '), pair);
    }
  }
  return [...pairs.values()].sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
}

/** Mermaid text of the actor map. */
export function actorMapDiagram(
  actors: readonly ActorInput[],
  options: ActorMapOptions = {},
): string {
  const pairs = talkPairs(actors);
  const connected = new Set(pairs.flat());
  const shown = actors.filter((a) => options.includeUnconnected || connected.has(a.id));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const names = (pair: [string, string]) =>
    pair.map((id) => byId.get(id)?.name ?? id).join(' and ');
  const title = options.title ?? 'Who talks to whom in the negotiations';
  const lines = [
    'flowchart LR',
    `  accTitle: ${accText(title)}`,
    `  accDescr: ${accText(
      `${shown.length} people and bodies grouped by side, with a line between two that the sources say talk directly: ` +
        `${pairs.map(names).join('; ') || 'none'}.`,
    )}`,
  ];
  for (const side of SIDES) {
    const members = shown
      .filter((a) => a.side === side)
      .sort((a, b) => a.name.localeCompare(b.name));
    if (!members.length) continue;
    lines.push(`  subgraph ${nodeId('side', side)}[${wrappedLabel([SIDE_LABELS[side]])}]`);
    for (const actor of members)
      lines.push(`    ${nodeId('a', actor.id)}[${wrappedLabel(wrapWords(actor.name, 22))}]`);
    lines.push('  end');
  }
  for (const [a, b] of pairs) lines.push(`  ${nodeId('a', a)} --- ${nodeId('a', b)}`);
  return lines.join('\n');
}
