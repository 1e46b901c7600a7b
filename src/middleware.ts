/**
 * Astro middleware, run for every page the build renders (and every request in `astro dev`):
 * pages in a translated edition get their links pointed at that edition (src/i18n/links.ts), then,
 * for a site served under a sub-path, every root-relative URL gets the base
 * (src/site/base-path.ts). Both happen in one place, in that order, so the base comes once and
 * before the language: `/repo/uk/the-plan/`. In a build, the finished page then goes through the
 * steps the integrations added (src/site/page-sink.ts): the Content-Security-Policy, then the
 * search index and the social cards, which read it there rather than from dist/.
 */
import { defineMiddleware } from 'astro:middleware';
import { SITE } from '../site.config.mjs';
import { codeOf, pathOf } from './i18n/alternates.ts';
import { SOURCE_LOCALE } from './i18n/locales.ts';
import { finishPage, finishPageHtml, hasPageSteps } from './site/index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const code = codeOf(context.url);
  const rewrite = code !== SOURCE_LOCALE.code || SITE.base !== '';
  const steps = hasPageSteps();
  if (!rewrite && !steps) return response;
  let html = await response.text();
  if (rewrite) html = finishPageHtml(html, code, SITE.base);
  if (steps) html = await finishPage(pathOf(context.url), html);
  return new Response(html, { status: response.status, headers: response.headers });
});
