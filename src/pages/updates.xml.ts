/** The Atom feed of updates, at /updates.xml. */
import type { APIRoute } from 'astro';
import { getUpdates } from '../collections/queries.ts';
import { atomFeed } from '../site/atom.ts';
import { absoluteUrl } from '../shared/urls.ts';
import { SITE } from '../../site.config.mjs';

export const GET: APIRoute = async () => {
  const updates = await getUpdates();
  const entries = updates.map((u) => ({
    id: u.id,
    title: u.data.title,
    date: u.data.date,
    url: absoluteUrl(SITE.url, `/updates/#update-${u.id}`),
    html: u.rendered?.html ?? u.body ?? '',
  }));
  const xml = atomFeed({
    title: SITE.title,
    siteUrl: absoluteUrl(SITE.url, '/'),
    feedUrl: absoluteUrl(SITE.url, '/updates.xml'),
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
