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

type Translated =
  | 'pages'
  | 'actors'
  | 'events'
  | 'provisions'
  | 'sources'
  | 'glossary'
  | 'places'
  | 'updates'
  | 'issues';
type Entry<C extends Translated> = Localised<CollectionEntry<C>>;

/** A collection's entries in a language, in `order` when one is given (kept: see once()). */
function entriesIn<C extends Translated>(
  collection: C,
  code: string,
  order?: (a: Entry<C>, b: Entry<C>) => number,
): Promise<Entry<C>[]> {
  return once(collection, code, async () => {
    const entries = await localise(await getCollection(collection), code);
    return order ? entries.sort(order) : entries;
  });
}

/** Every explainer page. */
export const getPages = (code: string): Promise<PageEntry[]> => entriesIn('pages', code);

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
export const getActors = (code: string): Promise<ActorEntry[]> =>
  entriesIn('actors', code, (a, b) => a.data.name.localeCompare(b.data.name, code));

/** Events in date order, oldest first. */
export const getEvents = (code: string): Promise<EventEntry[]> =>
  entriesIn(
    'events',
    code,
    (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
  );

/** Provisions in tracker order. */
export const getProvisions = (code: string): Promise<ProvisionEntry[]> =>
  entriesIn('provisions', code, (a, b) => a.data.order - b.data.order);

/** Sources: the news report first, then background reports, each by date. */
export const getSources = (code: string): Promise<SourceEntry[]> =>
  entriesIn(
    'sources',
    code,
    (a, b) =>
      b.data.kind.localeCompare(a.data.kind) ||
      (a.data.published ?? '9999').localeCompare(b.data.published ?? '9999'),
  );

/** Glossary terms in alphabetical order. */
export const getTerms = (code: string): Promise<TermEntry[]> =>
  entriesIn('glossary', code, (a, b) =>
    a.data.term.localeCompare(b.data.term, code, { sensitivity: 'base' }),
  );

/** Places, by id (the maps look them up by the ids events name). */
export const getPlaces = (code: string): Promise<PlaceEntry[]> => entriesIn('places', code);

/** Updates, newest first. */
export const getUpdates = (code: string): Promise<UpdateEntry[]> =>
  entriesIn('updates', code, (a, b) => b.data.date.localeCompare(a.data.date));

/** The issues of the positions matrix, in their order. */
export const getIssues = (code: string): Promise<IssueEntry[]> =>
  entriesIn('issues', code, (a, b) => a.data.order - b.data.order);

/** A lookup of entries by id. */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}
