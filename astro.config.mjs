// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { SITE } from './site.config.mjs';
import { LOCALES, SOURCE_LOCALE } from './src/i18n/locales.ts';
import rehypeTranslatedHeadings from './src/i18n/rehype-translated-headings.ts';
import { contentCheck } from './src/collections/index.ts';
import { localisedCollectionReader } from './src/i18n/overlay.ts';
import {
  remarkCitations,
  remarkStatus,
  remarkReadingTime,
  remarkGlossaryLinks,
  remarkComponentImports,
  rehypeHeadingLinks,
} from './src/markdown/index.ts';
import { diagrams, rehypeMermaid } from './src/diagrams/index.ts';
import { pagefindIntegration } from './src/search/index.ts';
import { offline } from './src/offline/index.ts';
import { cspIntegration, rehypeSanitizeMarkdown } from './src/security/index.ts';
import { socialCards } from './src/social/index.ts';
import { devSearch } from './src/dev/index.ts';
import { buildTimings, timed, timedPlugin } from './src/timings/index.ts';

/**
 * Integrations and plugin wiring only. Each feature folder under src/ exports its plugins and
 * integration from its index.ts (see ARCHITECTURE.md).
 * Order matters: the content and MDX checks run first, so bad or hostile content stops the build
 * before anything is compiled; the CSP step runs last, after every other step has written HTML.
 */
export default defineConfig({
  site: SITE.url,
  // Served under the path of SITE_URL, if it has one (see site.config.mjs).
  base: `${SITE.base}/`,
  trailingSlash: 'always',
  // Pages render four at a time: while one waits (for a diagram drawn in Chromium, for a file),
  // the others go on. The output is the same as one at a time, byte for byte.
  build: { format: 'directory', concurrency: 4 },
  // English at the root, every other language under its code; never a redirect by browser language.
  i18n: {
    locales: LOCALES.map((l) => l.code),
    defaultLocale: SOURCE_LOCALE.code,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks the module of every content entry with "use astro:head-inject", which the
        // bundler warns it may drop: two warnings per page, a code frame each, and nothing to fix.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            /astro:head-inject/.test(warning.message)
          ) {
            return;
          }
          warn(warning);
        },
      },
    },
  },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      // Citations and status badges in prose, then reading time (which skips both).
      // Sources are read again when a file of content/sources/ changes, so `astro dev` sees a new one.
      remarkPlugins: [
        [
          timedPlugin('remarkCitations', remarkCitations),
          {
            sources: localisedCollectionReader(
              fileURLToPath(new URL('./content/', import.meta.url)),
              'sources',
            ),
          },
        ],
        timedPlugin('remarkStatus', remarkStatus),
        timedPlugin('remarkReadingTime', remarkReadingTime),
        // After citations and badges, so their markers and the references list are never linked.
        timedPlugin('remarkGlossaryLinks', remarkGlossaryLinks),
        // Each component a page uses, imported by the page, so its styles go only where it is.
        timedPlugin('remarkComponentImports', remarkComponentImports),
      ],
      // The sanitiser first: it parses raw HTML in .md (MDX is left to the MDX policy) before
      // anything adds markup. rehypeMermaid after it: sanitising would strip its inline SVG.
      // Heading ids first (Astro would add them only after every plugin), then their self-links.
      // A translation's headings then take their English anchors, before the self-links use them.
      rehypePlugins: [
        timedPlugin('rehypeSanitizeMarkdown', rehypeSanitizeMarkdown),
        timedPlugin('rehypeMermaid', rehypeMermaid),
        timedPlugin('rehypeHeadingIds', rehypeHeadingIds),
        timedPlugin('rehypeTranslatedHeadings', rehypeTranslatedHeadings),
        timedPlugin('rehypeHeadingLinks', rehypeHeadingLinks),
      ],
    }),
  },
  // Each integration timed for `npm run bench` (src/timings/): nothing is recorded otherwise.
  integrations: [
    buildTimings(),
    timed(contentCheck()),
    // MDX pages compiled with their static HTML as strings rather than as one call per element:
    // smaller page modules, so a faster and smaller bundle, and less to run per page.
    timed(mdx({ optimize: true })),
    timed(
      sitemap({
        i18n: {
          defaultLocale: SOURCE_LOCALE.code,
          locales: Object.fromEntries(LOCALES.map((l) => [l.code, l.lang])),
        },
      }),
    ),
    timed(diagrams()),
    timed(pagefindIntegration()),
    // Social cards: after every page is written, before the offline copy lists the files.
    timed(socialCards({ asOfDay: SITE.asOf })),
    // The same index in `npm run dev`, built in memory from the dev server's pages.
    timed(devSearch()),
    timed(cspIntegration()),
    // Last: the offline copy records each final file's revision, after the policy is in the pages.
    timed(offline()),
  ],
});
