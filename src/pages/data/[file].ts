/** The data downloads: /data/{provisions,events,actors}.{csv,json}, generated from content/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActors, getEvents, getProvisions } from '../../collections/queries.ts';
import { actorRows, eventRows, provisionRows, rowsToCsv } from '../../site/data-export.ts';
import { DATA_FORMATS, DATA_KINDS, type DataKind } from '../../site/routes.ts';

const withIds = <T extends { id: string; data: object }>(entries: T[]) =>
  entries.map((e) => ({ id: e.id, ...(e.data as T['data']) }));

/** Each download: its entries as JSON-ready objects, and the same entries as CSV text. */
const DOWNLOADS: Record<DataKind, () => Promise<{ json: object[]; csv: string }>> = {
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

export const getStaticPaths = (() =>
  DATA_KINDS.flatMap((kind) =>
    DATA_FORMATS.map((ext) => ({
      params: { file: `${kind}.${ext}` },
      props: { kind, ext },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: DataKind; ext: 'csv' | 'json' }> = async ({ props }) => {
  const data = await DOWNLOADS[props.kind]();
  return props.ext === 'json'
    ? new Response(`${JSON.stringify(data.json, null, 2)}\n`, {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      })
    : new Response(data.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
