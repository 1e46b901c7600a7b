/**
 * Astro integration: after the build, write dist/sw.js, the service worker that keeps the whole
 * explainer readable offline (see src/offline/client/sw.ts for what it does and why).
 *
 * It reads the final list of built files, so it must come after every integration that writes
 * into dist/ in `astro:build:done` and adds files (the search index), in `integrations` of
 * astro.config.mjs. Steps that only rewrite existing files may come after it.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildVersion, offlineBuild, precacheUrls, serviceWorkerSource } from './precache.ts';

/** The service worker's file name in dist/, and so its URL and scope: the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Write dist/sw.js with a cache versioned by a hash of the build. */
export default function offlineIntegration(): AstroIntegration {
  let base = '';
  return {
    name: 'peace-plan-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
          .filter((path) => path !== SERVICE_WORKER_FILE);
        const files = await Promise.all(
          paths.map(async (path) => ({
            path,
            sha256: createHash('sha256')
              .update(await readFile(join(root, path)))
              .digest('hex'),
          })),
        );
        const version = buildVersion(files);
        const urls = precacheUrls(paths);
        const worker = await serviceWorkerSource(offlineBuild(version, urls, base));
        await writeFile(join(root, SERVICE_WORKER_FILE), worker);
        logger.info(`sw.js: ${urls.length} files for offline reading, cache version ${version}.`);
      },
    },
  };
}
