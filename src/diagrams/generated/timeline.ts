/**
 * The timeline diagram, generated from `content/events/` so it can never disagree with the event
 * list. A vertical flowchart (it fits a phone): one box per date, in date order, holding that
 * date's events as a column of smaller boxes. Mermaid's own `timeline` type draws one column per
 * date side by side, far too wide for 30 events. Pure.
 */
import { formatEventDate } from '../../i18n/format.ts';
import { localeOf } from '../../i18n/locales.ts';
import { t, tPlural } from '../../i18n/dictionaries/index.ts';
import { accText, nodeId, statusNote, wrappedLabel, wrapWords, type EventInput } from './common.ts';

/** Options of {@link timelineDiagram}. */
export interface TimelineOptions {
  /** Only events on these tracks. Default: all. */
  tracks?: readonly string[];
  /** The caption. Default: the dictionary's `diagrams.timeline.title`. */
  title?: string;
  /** The language of the labels and descriptions. Default: English. */
  code?: string;
}

/** "2025-11-17" → "November 2025" (en), "листопад 2025 р." (uk). */
function monthOf(date: string, code: string): string {
  return new Intl.DateTimeFormat(localeOf(code).lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
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
  const code = options.code ?? 'en';
  const weekOf = t(code, 'dates.weekOf');
  const groups: { when: string; events: EventInput[] }[] = [];
  for (const event of chosen) {
    const when = formatEventDate(event.date, event.endDate, event.precision, code, weekOf);
    const last = groups.at(-1);
    if (last?.when === when) last.events.push(event);
    else groups.push({ when, events: [event] });
  }
  const first = groups[0]!;
  const final = groups.at(-1)!;
  const title =
    options.title ??
    t(code, 'diagrams.timeline.title', {
      from: monthOf(chosen[0]!.date, code),
      to: monthOf(chosen.at(-1)!.date, code),
    });
  const lines = [
    'flowchart TB',
    `  accTitle: ${accText(title)}`,
    `  accDescr: ${accText(
      t(code, 'diagrams.timeline.description', {
        count: tPlural(code, 'diagrams.eventCount', chosen.length),
        dates: tPlural(code, 'diagrams.timeline.dates', groups.length),
        first: first.when,
        last: final.when,
      }),
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
        `    ${ids[i]}[${wrappedLabel(wrapWords(`${e.title}${statusNote(e.status, code)}`, 30))}]`,
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
