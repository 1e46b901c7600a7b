/**
 * The timeline diagram, generated from `content/events/` so it can never disagree with the event
 * list. A vertical flowchart (it fits a phone): one box per date, in date order, holding that
 * date's events as a column of smaller boxes. Mermaid's own `timeline` type draws one column per
 * date side by side, far too wide for 30 events. Pure.
 */
import { formatEventDate } from '../../shared/dates.ts';
import { accText, nodeId, statusNote, wrappedLabel, wrapWords, type EventInput } from './common.ts';

/** Options of {@link timelineDiagram}. */
export interface TimelineOptions {
  /** Only events on these tracks. Default: all. */
  tracks?: readonly string[];
  /** The caption. */
  title?: string;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-11-17" → "November 2025". */
function monthOf(date: string): string {
  return MONTH.format(new Date(`${date}T00:00:00Z`));
}

/** Mermaid text of the timeline of `events` (any order; sorted by date, then id). */
export function timelineDiagram(
  events: readonly EventInput[],
  options: TimelineOptions = {},
): string {
  const chosen = events
    .filter((e) => !options.tracks || options.tracks.includes(e.track))
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  if (!chosen.length)
    throw new Error('timelineDiagram: no events to show; check the tracks option.');
  const groups: { when: string; events: EventInput[] }[] = [];
  for (const event of chosen) {
    const when = formatEventDate(event.date, event.endDate, event.precision);
    const last = groups.at(-1);
    if (last?.when === when) last.events.push(event);
    else groups.push({ when, events: [event] });
  }
  const first = groups[0]!;
  const final = groups.at(-1)!;
  const title =
    options.title ??
    `Timeline of events, ${monthOf(chosen[0]!.date)} to ${monthOf(chosen.at(-1)!.date)}`;
  const lines = [
    'flowchart TB',
    `  accTitle: ${accText(title)}`,
    `  accDescr: ${accText(
      `${chosen.length} events on ${groups.length} dates, from ${first.when} to ${final.when}, in date order. ` +
        'Each date holds the events of that date; events the sources do not confirm say so in brackets.',
    )}`,
  ];
  groups.forEach((group, g) => {
    lines.push(
      `  subgraph ${nodeId('d', String(g))}[${wrappedLabel([group.when])}]`,
      '    direction TB',
    );
    const ids = group.events.map((e) => nodeId('e', e.id));
    group.events.forEach((e, i) => {
      lines.push(
        `    ${ids[i]}[${wrappedLabel(wrapWords(`${e.title}${statusNote(e.status)}`, 30))}]`,
      );
    });
    // Invisible links stack a date's events in a column instead of a row.
    for (let i = 1; i < ids.length; i += 1) lines.push(`    ${ids[i - 1]} ~~~ ${ids[i]}`);
    lines.push('  end');
  });
  for (let g = 1; g < groups.length; g += 1)
    lines.push(`  ${nodeId('d', String(g - 1))} --> ${nodeId('d', String(g))}`);
  return lines.join('\n');
}
