/**
 * Astro middleware, run for every page the build renders (and every request in `astro dev`):
 * pages in a translated edition get their links pointed at that edition (src/i18n/links.ts), then,
 * for a site served under a sub-path, every root-relative URL gets the base (src/site/base-path.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { SITE } from '../site.config.mjs';
import { codeOf } from './i18n/alternates.ts';
import { localiseLinks } from './i18n/links.ts';
import { SOURCE_LOCALE } from './i18n/locales.ts';
import { rebaseHtml } from './site/index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const code = codeOf(context.url);
  if (code === SOURCE_LOCALE.code && SITE.base === '') return response;
  let html = await response.text();
  if (code !== SOURCE_LOCALE.code) html = localiseLinks(html, code);
  html = rebaseHtml(html, SITE.base);
  return new Response(html, { status: response.status, headers: response.headers });
});
