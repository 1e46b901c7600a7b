/** The data downloads in the other languages: /<language>/data/<kind>.<csv|json>. */
import type { APIRoute } from 'astro';
import { dataFile, dataPaths } from '../../../site/feeds.ts';
import { inTranslations } from '../../../site/static-paths.ts';
import type { DataKind } from '../../../site/routes.ts';

export const getStaticPaths = () => inTranslations(dataPaths);
export const GET: APIRoute<{ kind: DataKind; ext: 'csv' | 'json' }> = ({ props, params }) =>
  dataFile(props.kind, props.ext, params.locale);
