/**
 * Queries over the content collections, in one module, so routes and components never repeat
 * sorting or joining logic. The logic itself lives in src/lib and is unit-tested there.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingOrder } from '../site/reading-order.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type ActorEntry = CollectionEntry<'actors'>;
export type EventEntry = CollectionEntry<'events'>;
export type ProvisionEntry = CollectionEntry<'provisions'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type UpdateEntry = CollectionEntry<'updates'>;
export type IssueEntry = CollectionEntry<'issues'>;

/** Every explainer page. */
export const getPages = (): Promise<PageEntry[]> => getCollection('pages');

/** The pages in reading order, as plain objects for navigation. */
export async function getReadingOrder(): Promise<
  { id: string; title: string; order?: number | undefined; navLabel: string; inNav: boolean }[]
> {
  const pages = await getPages();
  return readingOrder(
    pages.map((p) => ({
      id: p.id,
      title: p.data.title,
      order: p.data.order,
      navLabel: p.data.navLabel ?? p.data.title,
      inNav: p.data.inNav,
    })),
  );
}

/** Actors sorted by name. */
export async function getActors(): Promise<ActorEntry[]> {
  return (await getCollection('actors')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** Events in date order, oldest first. */
export async function getEvents(): Promise<EventEntry[]> {
  return (await getCollection('events')).sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
  );
}

/** Provisions in tracker order. */
export async function getProvisions(): Promise<ProvisionEntry[]> {
  return (await getCollection('provisions')).sort((a, b) => a.data.order - b.data.order);
}

/** Sources: the news report first, then background reports, each by date. */
export async function getSources(): Promise<SourceEntry[]> {
  return (await getCollection('sources')).sort(
    (a, b) =>
      b.data.kind.localeCompare(a.data.kind) ||
      (a.data.published ?? '9999').localeCompare(b.data.published ?? '9999'),
  );
}

/** Glossary terms in alphabetical order. */
export async function getTerms(): Promise<TermEntry[]> {
  return (await getCollection('glossary')).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
  );
}

/** Updates, newest first. */
export async function getUpdates(): Promise<UpdateEntry[]> {
  return (await getCollection('updates')).sort((a, b) => b.data.date.localeCompare(a.data.date));
}

/** The issues of the positions matrix, in their order. */
export async function getIssues(): Promise<IssueEntry[]> {
  return (await getCollection('issues')).sort((a, b) => a.data.order - b.data.order);
}

/** A lookup of entries by id. */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}
