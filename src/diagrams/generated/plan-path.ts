/**
 * The plan's path, generated from the events on the tracks `plan`, `us-ukraine` and `us-russia`:
 * from the leak through the Geneva revision to the Abu Dhabi and Moscow tracks. Three columns,
 * one per track, each a chain of its events in date order (links across tracks would cross and
 * tangle); events the sources do not confirm have a dashed border and say so in words. Pure.
 */
import { formatEventDate } from '../../i18n/format.ts';
import { t, tPlural, type TextKey } from '../../i18n/dictionaries/index.ts';
import { accText, nodeId, statusNote, wrappedLabel, wrapWords, type EventInput } from './common.ts';

/** The tracks on the plan's path, in the order their groups appear, with their names' keys. */
export const PLAN_TRACKS: Record<string, TextKey> = {
  plan: 'diagrams.planPath.tracks.plan',
  'us-ukraine': 'diagrams.planPath.tracks.usUkraine',
  'us-russia': 'diagrams.planPath.tracks.usRussia',
};

/** Options of {@link planPathDiagram}. */
export interface PlanPathOptions {
  /** The caption. Default: the dictionary's `diagrams.planPath.title`. */
  title?: string | undefined;
  /** The language of the labels and descriptions. Default: English. */
  code?: string;
}

/** Mermaid text of the plan's path. */
export function planPathDiagram(
  events: readonly EventInput[],
  options: PlanPathOptions = {},
): string {
  const code = options.code ?? 'en';
  const title = options.title ?? t(code, 'diagrams.planPath.title');
  const weekOf = t(code, 'dates.weekOf');
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
      t(code, 'diagrams.planPath.description', {
        count: tPlural(code, 'diagrams.eventCount', chosen.length),
        first: chosen[0]!.title,
        last: chosen.at(-1)!.title,
      }),
    )}`,
    '  classDef uncertain stroke-dasharray: 6 4',
  ];
  // Dagre places the last declared group leftmost; declaring in reverse reads left to right.
  for (const [track, key] of Object.entries(PLAN_TRACKS).reverse()) {
    const name = t(code, key);
    const members = chosen.filter((e) => e.track === track);
    if (!members.length) continue;
    lines.push(`  subgraph ${nodeId('track', track)}[${wrappedLabel([name])}]`, '    direction TB');
    for (const e of members) {
      const when = formatEventDate(e.date, e.endDate, e.precision, code, weekOf);
      const label = [when, ...wrapWords(`${e.title}${statusNote(e.status, code)}`, 26)];
      lines.push(`    ${nodeId('e', e.id)}[${wrappedLabel(label)}]`);
    }
    for (let i = 1; i < members.length; i += 1) {
      lines.push(`    ${nodeId('e', members[i - 1]!.id)} --> ${nodeId('e', members[i]!.id)}`);
    }
    lines.push('  end');
  }
  const uncertain = chosen.filter((e) => statusNote(e.status, code)).map((e) => nodeId('e', e.id));
  if (uncertain.length) lines.push(`  class ${uncertain.join(',')} uncertain`);
  return lines.join('\n');
}
