/**
 * The static paths of the routes that exist in every language: English at the root, each other
 * language under its code (src/pages/[locale]/). One function per route, so the English route
 * and its translated twin list exactly the same pages.
 */
import { getActors, getPages } from '../collections/queries.ts';
import { SOURCE_LOCALE, TRANSLATION_CODES } from '../i18n/locales.ts';
import { prevNext } from './reading-order.ts';

/** The explainer pages of one language, with their neighbours in the reading order. */
export async function explainerPaths(code: string = SOURCE_LOCALE.code) {
  const pages = await getPages(code);
  const order = pages.map((p) => ({ id: p.id, title: p.data.title, order: p.data.order }));
  return pages.map((entry) => ({
    params: { slug: entry.id === 'index' ? undefined : entry.id },
    props: { entry, ...prevNext(order, entry.id) },
  }));
}

/** The actor pages of one language. */
export async function actorPaths(code: string = SOURCE_LOCALE.code) {
  const actors = await getActors(code);
  return actors.map((actor) => ({ params: { id: actor.id }, props: { actor } }));
}

/**
 * A route's paths in every language but English: each path gains the `locale` parameter of
 * src/pages/[locale]/.
 */
export async function inTranslations<P extends { params: object; props?: object }>(
  paths: (code: string) => Promise<P[]> | P[],
): Promise<(P & { params: P['params'] & { locale: string } })[]> {
  const all = await Promise.all(
    TRANSLATION_CODES.map(async (locale) =>
      (await paths(locale)).map((path) => ({ ...path, params: { ...path.params, locale } })),
    ),
  );
  return all.flat();
}
