/** The data downloads: /data/{provisions,events,actors}.{csv,json}, generated from content/. */
import type { APIRoute } from 'astro';
import { dataFile, dataPaths } from '../../site/feeds.ts';
import type { DataKind } from '../../site/routes.ts';

export const getStaticPaths = () => dataPaths();
export const GET: APIRoute<{ kind: DataKind; ext: 'csv' | 'json' }> = ({ props }) =>
  dataFile(props.kind, props.ext);
