// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { SITE } from './site.config.mjs';
import rehypeMermaid from './src/plugins/rehype-mermaid.ts';
import diagrams from './src/plugins/diagrams-integration.ts';
import { pagefindIntegration } from './src/plugins/pagefind-integration.ts';
import { contentCheck } from './src/plugins/content-check-integration.ts';
import remarkCitations from './src/plugins/remark-citations.ts';
import remarkStatus from './src/plugins/remark-status.ts';
import remarkReadingTime from './src/plugins/remark-reading-time.ts';
import { loadSources } from './src/lib/load-sources.ts';
import remarkGlossaryLinks from './src/plugins/remark-glossary-links.ts';
import rehypeHeadingLinks from './src/plugins/rehype-heading-links.ts';
import offline from './src/plugins/offline-integration.ts';
import { mdxPolicy } from './src/plugins/mdx-policy.ts';
import { rehypeSanitizeMarkdown } from './src/plugins/rehype-sanitize-config.ts';
import { cspIntegration } from './src/plugins/csp-integration.ts';
import { devSearch } from './src/dev/search-integration.ts';

/**
 * Integrations and plugin wiring only. Each plugin lives in src/plugins with its own tests.
 * Order matters: the content and MDX checks run first, so bad or hostile content stops the build
 * before anything is compiled; the CSP step runs last, after every other step has written HTML.
 */
export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      // Citations and status badges in prose, then reading time (which skips both).
      // Sources are re-read per file, so `astro dev` sees a source added while it runs.
      remarkPlugins: [
        [
          remarkCitations,
          { sources: () => loadSources(new URL('./content/sources/', import.meta.url)) },
        ],
        remarkStatus,
        remarkReadingTime,
        // After citations and badges, so their markers and the references list are never linked.
        remarkGlossaryLinks,
      ],
      // The sanitiser first: it parses raw HTML in .md (MDX is left to the MDX policy) before
      // anything adds markup. rehypeMermaid after it: sanitising would strip its inline SVG.
      // Heading ids first (Astro would add them only after every plugin), then their self-links.
      rehypePlugins: [rehypeSanitizeMarkdown, rehypeMermaid, rehypeHeadingIds, rehypeHeadingLinks],
    }),
  },
  integrations: [
    contentCheck(),
    mdxPolicy(),
    mdx(),
    sitemap(),
    diagrams(),
    pagefindIntegration(),
    // The same index in `npm run dev`, built in memory from the dev server's pages.
    devSearch(),
    offline(),
    cspIntegration(),
  ],
});
