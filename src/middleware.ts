/**
 * Astro middleware, run for every page the build renders (and every request in `astro dev`):
 * pages in a translated edition get their links pointed at that edition (src/i18n/links.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { codeOf } from './i18n/alternates.ts';
import { localiseLinks } from './i18n/links.ts';
import { SOURCE_LOCALE } from './i18n/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const code = codeOf(context.url);
  if (code === SOURCE_LOCALE.code) return response;
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = localiseLinks(await response.text(), code);
  return new Response(html, { status: response.status, headers: response.headers });
});
