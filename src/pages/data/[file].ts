/** The data downloads: /data/{provisions,events,actors}.{csv,json}, generated from content/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActors, getEvents, getProvisions } from '../../data/content';
import { actorRows, eventRows, provisionRows, rowsToCsv } from '../../lib/data-export';

const loaders = {
  provisions: async () => (await getProvisions()).map((e) => ({ id: e.id, ...e.data })),
  events: async () => (await getEvents()).map((e) => ({ id: e.id, ...e.data })),
  actors: async () => (await getActors()).map((e) => ({ id: e.id, ...e.data })),
};

export const getStaticPaths = (() =>
  Object.keys(loaders).flatMap((kind) => [
    { params: { file: `${kind}.csv` } },
    { params: { file: `${kind}.json` } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [kind, ext] = String(params.file).split('.') as [keyof typeof loaders, 'csv' | 'json'];
  const entries = await loaders[kind]();
  if (ext === 'json') {
    return new Response(JSON.stringify(entries, null, 2), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  const rows =
    kind === 'provisions'
      ? provisionRows(entries as Parameters<typeof provisionRows>[0])
      : kind === 'events'
        ? eventRows(entries as Parameters<typeof eventRows>[0])
        : actorRows(entries as Parameters<typeof actorRows>[0]);
  return new Response(rowsToCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
