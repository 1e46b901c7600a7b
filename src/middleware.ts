/**
 * Astro middleware, run for every page the build renders (and every request in `astro dev`):
 * pages in a translated edition get their links pointed at that edition (src/i18n/links.ts), then,
 * for a site served under a sub-path, every root-relative URL gets the base
 * (src/site/base-path.ts). Both happen in one place, in that order, so the base comes once and
 * before the language: `/repo/uk/the-plan/`.
 */
import { defineMiddleware } from 'astro:middleware';
import { SITE } from '../site.config.mjs';
import { codeOf } from './i18n/alternates.ts';
import { SOURCE_LOCALE } from './i18n/locales.ts';
import { finishPageHtml } from './site/index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const code = codeOf(context.url);
  if (code === SOURCE_LOCALE.code && SITE.base === '') return response;
  const html = finishPageHtml(await response.text(), code, SITE.base);
  return new Response(html, { status: response.status, headers: response.headers });
});
