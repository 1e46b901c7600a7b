/** What an actor's page shows beyond their own entry: the events they appear in. */

/** An event as far as an actor's page needs it. */
export interface EventRef {
  id: string;
  date: string;
  actors: readonly string[];
}

/** The events an actor took part in, oldest first. */
export function eventsOfActor<T extends EventRef>(events: readonly T[], actorId: string): T[] {
  return events
    .filter((event) => event.actors.includes(actorId))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
