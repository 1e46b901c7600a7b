/** The Atom feed of updates in the other languages, at /<language>/updates.xml. */
import type { APIRoute } from 'astro';
import { updatesFeed } from '../../site/feeds.ts';
import { inTranslations } from '../../site/static-paths.ts';

export const getStaticPaths = () => inTranslations(() => [{ params: {} }]);
export const GET: APIRoute = ({ params }) => updatesFeed(params.locale);
