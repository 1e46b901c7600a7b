/**
 * The map of actors and who talks to whom, generated from `content/actors/`: a flowchart with a
 * group per side and a line for every pair that `talksWith` connects (in either direction, drawn
 * once). Pure.
 */
import { accText, nodeId, wrappedLabel, wrapWords, type ActorInput } from './common.ts';
import { SIDES } from '../../collections/schemas.ts';
import { t, tPlural } from '../../i18n/dictionaries/index.ts';
import { sideLabel } from '../../i18n/dictionaries/vocabulary.ts';

/** Options of {@link actorMapDiagram}. */
export interface ActorMapOptions {
  /** Show actors with no conversation too. Default: only those in at least one pair. */
  includeUnconnected?: boolean;
  /** The caption. Default: the dictionary's `diagrams.actorMap.title`. */
  title?: string;
  /** The language of the labels and descriptions. Default: English. */
  code?: string;
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
  const code = options.code ?? 'en';
  const names = ([a, b]: [string, string]) =>
    t(code, 'diagrams.and', { a: byId.get(a)?.name ?? a, b: byId.get(b)?.name ?? b });
  const title = options.title ?? t(code, 'diagrams.actorMap.title');
  const lines = [
    'flowchart LR',
    `  accTitle: ${accText(title)}`,
    `  accDescr: ${accText(
      t(code, 'diagrams.actorMap.description', {
        count: tPlural(code, 'diagrams.actorMap.count', shown.length),
        pairs: pairs.map(names).join('; ') || t(code, 'diagrams.actorMap.none'),
      }),
    )}`,
  ];
  for (const side of SIDES) {
    const members = shown
      .filter((a) => a.side === side)
      .sort((a, b) => a.name.localeCompare(b.name, code));
    if (!members.length) continue;
    lines.push(`  subgraph ${nodeId('side', side)}[${wrappedLabel([sideLabel(side, code)])}]`);
    for (const actor of members)
      lines.push(`    ${nodeId('a', actor.id)}[${wrappedLabel(wrapWords(actor.name, 22))}]`);
    lines.push('  end');
  }
  for (const [a, b] of pairs) lines.push(`  ${nodeId('a', a)} --- ${nodeId('a', b)}`);
  return lines.join('\n');
}
