/**
 * The responses of the generated files that exist in every language: the Atom feed of updates
 * and the data downloads. Each route (English at the root, src/pages/[locale]/ for the others)
 * only picks its language and calls these.
 */
import { getActors, getEvents, getProvisions, getUpdates } from '../collections/queries.ts';
import { atomFeed } from './atom.ts';
import { actorRows, eventRows, provisionRows, rowsToCsv } from './data-export.ts';
import { DATA_FORMATS, DATA_KINDS, type DataKind } from './routes.ts';
import { absoluteUrl } from '../shared/urls.ts';
import { localisePath, SOURCE_LOCALE } from '../i18n/locales.ts';
import { t } from '../i18n/dictionaries/index.ts';
import { SITE } from '../../site.config.mjs';

/** The Atom feed of updates in the language `code`. */
export async function updatesFeed(code: string = SOURCE_LOCALE.code): Promise<Response> {
  const lang = code;
  const updates = await getUpdates(code);
  const entries = updates.map((u) => ({
    id: u.id,
    title: u.data.title,
    date: u.data.date,
    url: absoluteUrl(SITE.url, localisePath(`/updates/#update-${u.id}`, lang)),
    html: (u.translation.rendered ?? u).rendered?.html ?? u.body ?? '',
  }));
  const xml = atomFeed({
    title: t(lang, 'feed.title', { site: t(lang, 'site.name') }),
    author: t(lang, 'feed.author', { site: t(lang, 'site.name') }),
    siteUrl: absoluteUrl(SITE.url, localisePath('/', lang)),
    feedUrl: absoluteUrl(SITE.url, localisePath('/updates.xml', lang)),
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

const withIds = <T extends { id: string; data: object }>(entries: T[]) =>
  entries.map((e) => ({ id: e.id, ...(e.data as T['data']) }));

/** Each download in a language: its entries as JSON-ready objects and as CSV text. */
const DOWNLOADS: Record<DataKind, (code: string) => Promise<{ json: object[]; csv: string }>> = {
  provisions: async (code) => {
    const rows = withIds(await getProvisions(code));
    return { json: rows, csv: rowsToCsv(provisionRows(rows)) };
  },
  events: async (code) => {
    const rows = withIds(await getEvents(code));
    return { json: rows, csv: rowsToCsv(eventRows(rows)) };
  },
  actors: async (code) => {
    const rows = withIds(await getActors(code));
    return { json: rows, csv: rowsToCsv(actorRows(rows)) };
  },
};

/** The paths of the data downloads: `{ file: "events.csv" }`. */
export const dataPaths = () =>
  DATA_KINDS.flatMap((kind) =>
    DATA_FORMATS.map((ext) => ({ params: { file: `${kind}.${ext}` }, props: { kind, ext } })),
  );

/** One data download in the language `code`. */
export async function dataFile(
  kind: DataKind,
  ext: 'csv' | 'json',
  code: string = SOURCE_LOCALE.code,
): Promise<Response> {
  const data = await DOWNLOADS[kind](code);
  return ext === 'json'
    ? new Response(`${JSON.stringify(data.json, null, 2)}\n`, {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      })
    : new Response(data.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
