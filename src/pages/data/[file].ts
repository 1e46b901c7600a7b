/** The data downloads: /data/{provisions,events,actors}.{csv,json}, generated from content/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActors, getEvents, getProvisions } from '../../collections/queries.ts';
import { actorRows, eventRows, provisionRows, rowsToCsv } from '../../site/data-export.ts';

const withIds = <T extends { id: string; data: object }>(entries: T[]) =>
  entries.map((e) => ({ id: e.id, ...(e.data as T['data']) }));

/** Each download: its entries as JSON-ready objects, and the same entries as CSV text. */
const DOWNLOADS = {
  provisions: async () => {
    const rows = withIds(await getProvisions());
    return { json: rows, csv: rowsToCsv(provisionRows(rows)) };
  },
  events: async () => {
    const rows = withIds(await getEvents());
    return { json: rows, csv: rowsToCsv(eventRows(rows)) };
  },
  actors: async () => {
    const rows = withIds(await getActors());
    return { json: rows, csv: rowsToCsv(actorRows(rows)) };
  },
};

type Kind = keyof typeof DOWNLOADS;

export const getStaticPaths = (() =>
  (Object.keys(DOWNLOADS) as Kind[]).flatMap((kind) =>
    (['csv', 'json'] as const).map((ext) => ({
      params: { file: `${kind}.${ext}` },
      props: { kind, ext },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: Kind; ext: 'csv' | 'json' }> = async ({ props }) => {
  const data = await DOWNLOADS[props.kind]();
  return props.ext === 'json'
    ? new Response(`${JSON.stringify(data.json, null, 2)}\n`, {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      })
    : new Response(data.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
