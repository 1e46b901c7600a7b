/**
 * The plan's path, generated from the events on the tracks `plan`, `us-ukraine` and `us-russia`:
 * from the leak through the Geneva revision to the Abu Dhabi and Moscow tracks. Three columns,
 * one per track, each a chain of its events in date order (links across tracks would cross and
 * tangle); events the sources do not confirm have a dashed border and say so in words. Pure.
 */
import { formatEventDate } from '../../shared/dates.ts';
import { accText, nodeId, statusNote, wrappedLabel, wrapWords, type EventInput } from './common.ts';

/** The tracks on the plan's path, in the order their groups appear, with their names. */
export const PLAN_TRACKS: Record<string, string> = {
  plan: 'The plan',
  'us-ukraine': 'US–Ukraine talks',
  'us-russia': 'US–Russia talks',
};

/** Mermaid text of the plan's path. */
export function planPathDiagram(
  events: readonly EventInput[],
  title = "The plan's path through the talks",
): string {
  const chosen = events
    .filter((e) => e.track in PLAN_TRACKS)
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  if (!chosen.length)
    throw new Error('planPathDiagram: no events on the tracks plan, us-ukraine or us-russia.');
  const lines = [
    'flowchart TB',
    `  accTitle: ${accText(title)}`,
    `  accDescr: ${accText(
      `${chosen.length} events in three columns: the plan itself, the US–Ukraine talks and the US–Russia talks, ` +
        `each in date order, from "${chosen[0]!.title}" to "${chosen.at(-1)!.title}".`,
    )}`,
    '  classDef uncertain stroke-dasharray: 6 4',
  ];
  // Dagre places the last declared group leftmost; declaring in reverse reads left to right.
  for (const [track, name] of Object.entries(PLAN_TRACKS).reverse()) {
    const members = chosen.filter((e) => e.track === track);
    if (!members.length) continue;
    lines.push(`  subgraph ${nodeId('track', track)}[${wrappedLabel([name])}]`, '    direction TB');
    for (const e of members) {
      const when = formatEventDate(e.date, e.endDate, e.precision);
      const label = [when, ...wrapWords(`${e.title}${statusNote(e.status)}`, 26)];
      lines.push(`    ${nodeId('e', e.id)}[${wrappedLabel(label)}]`);
    }
    for (let i = 1; i < members.length; i += 1) {
      lines.push(`    ${nodeId('e', members[i - 1]!.id)} --> ${nodeId('e', members[i]!.id)}`);
    }
    lines.push('  end');
  }
  const uncertain = chosen.filter((e) => statusNote(e.status)).map((e) => nodeId('e', e.id));
  if (uncertain.length) lines.push(`  class ${uncertain.join(',')} uncertain`);
  return lines.join('\n');
}
