/**
 * The rows of the data downloads. Each collection is flattened to one row per entry, with lists
 * joined, so the CSV opens cleanly in a spreadsheet; the JSON keeps the full structure.
 */
import { toCsv } from './csv.ts';
import type { Actor, Event, Provision } from '../collections/schemas.ts';

type WithId<T> = T & { id: string };

/** Provisions as CSV rows. */
export function provisionRows(items: readonly WithId<Provision>[]) {
  return items.map((p) => ({
    id: p.id,
    order: p.order,
    title: p.title,
    topic: p.topic,
    status: p.status,
    original: p.original,
    revision: p.revision,
    positions: p.positions.map((x) => `${x.actor}: ${x.position}`),
    sources: p.sources,
  }));
}

/** Events as CSV rows. */
export function eventRows(items: readonly WithId<Event>[]) {
  return items.map((e) => ({
    id: e.id,
    date: e.date,
    end_date: e.endDate,
    precision: e.precision,
    title: e.title,
    place: e.place,
    track: e.track,
    status: e.status,
    actors: e.actors,
    summary: e.summary,
    sources: e.sources,
  }));
}

/** Actors as CSV rows (quotes are in the JSON only). */
export function actorRows(items: readonly WithId<Actor>[]) {
  return items.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    role: a.role,
    side: a.side,
    aliases: a.aliases,
    summary: a.summary,
    position: a.position,
    talks_with: a.talksWith,
    quotes: a.quotes.length,
    sources: a.sources,
  }));
}

/** CSV text for rows whose first row's keys are the columns. */
export function rowsToCsv<T extends Record<string, Parameters<typeof toCsv>[0][number][string]>>(
  rows: readonly T[],
): string {
  const columns = rows[0] ? (Object.keys(rows[0]) as (keyof T & string)[]) : [];
  return toCsv(rows, columns);
}
