/**
 * Queries over the content collections, in one module, so routes and components never repeat
 * sorting or joining logic. The logic itself lives in src/site and is unit-tested there. Each query takes the reader's
 * language (default: English) and returns entries in it (see src/i18n/entries.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingOrder } from '../site/reading-order.ts';
import { localise, type Localised } from '../i18n/entries.ts';

export type PageEntry = Localised<CollectionEntry<'pages'>>;
export type ActorEntry = Localised<CollectionEntry<'actors'>>;
export type EventEntry = Localised<CollectionEntry<'events'>>;
export type ProvisionEntry = Localised<CollectionEntry<'provisions'>>;
export type SourceEntry = Localised<CollectionEntry<'sources'>>;
export type TermEntry = Localised<CollectionEntry<'glossary'>>;
export type UpdateEntry = Localised<CollectionEntry<'updates'>>;
export type IssueEntry = Localised<CollectionEntry<'issues'>>;
export type PlaceEntry = Localised<CollectionEntry<'places'>>;

/**
 * Each query's answer, by query and language, kept for the rest of the build: every page asks
 * for the reading order and more, so without it each of n pages would read and localise all n
 * pages again. Answers are shared: callers copy before they sort or change one. In `astro dev`
 * content changes while the server runs, so nothing is kept.
 */
const answers = new Map<string, Promise<unknown>>();

function once<T>(query: string, code: string, answer: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return answer();
  const key = `${query}\0${code}`;
  let kept = answers.get(key) as Promise<T> | undefined;
  if (!kept) {
    kept = answer();
    answers.set(key, kept);
  }
  return kept;
}

/** Every explainer page. */
export const getPages = (code: string): Promise<PageEntry[]> =>
  once('pages', code, async () => localise(await getCollection('pages'), code));

/** The pages in reading order, as plain objects for navigation. */
export async function getReadingOrder(
  code: string,
): Promise<
  { id: string; title: string; order?: number | undefined; navLabel: string; inNav: boolean }[]
> {
  return once('readingOrder', code, async () => {
    const pages = await getPages(code);
    return readingOrder(
      pages.map((p) => ({
        id: p.id,
        title: p.data.title,
        order: p.data.order,
        navLabel: p.data.navLabel ?? p.data.title,
        inNav: p.data.inNav,
      })),
    );
  });
}

/** Actors sorted by name. */
export function getActors(code: string): Promise<ActorEntry[]> {
  return once('actors', code, async () =>
    (await localise(await getCollection('actors'), code)).sort((a, b) =>
      a.data.name.localeCompare(b.data.name, code ?? 'en'),
    ),
  );
}

/** Events in date order, oldest first. */
export function getEvents(code: string): Promise<EventEntry[]> {
  return once('events', code, async () =>
    (await localise(await getCollection('events'), code)).sort(
      (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
    ),
  );
}

/** Provisions in tracker order. */
export function getProvisions(code: string): Promise<ProvisionEntry[]> {
  return once('provisions', code, async () =>
    (await localise(await getCollection('provisions'), code)).sort(
      (a, b) => a.data.order - b.data.order,
    ),
  );
}

/** Sources: the news report first, then background reports, each by date. */
export function getSources(code: string): Promise<SourceEntry[]> {
  return once('sources', code, async () =>
    (await localise(await getCollection('sources'), code)).sort(
      (a, b) =>
        b.data.kind.localeCompare(a.data.kind) ||
        (a.data.published ?? '9999').localeCompare(b.data.published ?? '9999'),
    ),
  );
}

/** Glossary terms in alphabetical order. */
export function getTerms(code: string): Promise<TermEntry[]> {
  return once('glossary', code, async () =>
    (await localise(await getCollection('glossary'), code)).sort((a, b) =>
      a.data.term.localeCompare(b.data.term, code ?? 'en', { sensitivity: 'base' }),
    ),
  );
}

/** Places, by id (the maps look them up by the ids events name). */
export const getPlaces = (code: string): Promise<PlaceEntry[]> =>
  once('places', code, async () => localise(await getCollection('places'), code));

/** Updates, newest first. */
export function getUpdates(code: string): Promise<UpdateEntry[]> {
  return once('updates', code, async () =>
    (await localise(await getCollection('updates'), code)).sort((a, b) =>
      b.data.date.localeCompare(a.data.date),
    ),
  );
}

/** The issues of the positions matrix, in their order. */
export function getIssues(code: string): Promise<IssueEntry[]> {
  return once('issues', code, async () =>
    (await localise(await getCollection('issues'), code)).sort(
      (a, b) => a.data.order - b.data.order,
    ),
  );
}

/** A lookup of entries by id. */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}
