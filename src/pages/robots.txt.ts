/** robots.txt, pointing crawlers at the sitemap on the configured site address. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../shared/urls.ts';
import { SITE } from '../../site.config.mjs';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITE.url, '/sitemap-index.xml')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
