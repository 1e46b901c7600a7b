/**
 * Astro integration: after the build, write dist/sw.js, the service worker that keeps the
 * explainer readable offline (see src/offline/client/sw.ts for what it does and why), with the
 * build's manifest: each file's revision and size (src/offline/manifest.ts).
 *
 * It reads the final built files, so it must come after every integration that writes into dist/
 * in `astro:build:done` (the search index, the social cards, the Content-Security-Policy), last in
 * `integrations` of astro.config.mjs.
 */
import { readFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/index.ts';
import { Throttle } from '../shared/index.ts';
import { buildManifest, firstVisitBytes, shellProblems, type BuiltFile } from './manifest.ts';
import type { OfflineManifest } from './client/plan.ts';
import { serviceWorkerSource, urlOfFile } from './precache.ts';

const gzipAsync = promisify(gzip);

/** The service worker's file name in dist/, and so its URL and scope: the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Write `root`/sw.js for the built site in `root`, served under `base` (Astro's `base`: `/` or
 * `/repo/`); returns its manifest. Throws, naming what to change, when a reading-order page or
 * the styles do not fit the first visit's budget.
 */
export async function writeServiceWorker(root: string, base = ''): Promise<OfflineManifest> {
  const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => path !== SERVICE_WORKER_FILE && urlOfFile(path) !== undefined);
  const sent = await sentSizes(root, paths);
  // One file at a time, as the manifest takes them, rather than the whole build in memory at once.
  function* built(): Generator<BuiltFile> {
    for (const path of paths) {
      yield { path, content: readFileSync(join(root, path)), sent: sent.get(path)! };
    }
  }
  const manifest = buildManifest(
    built(),
    LOCALES.map((l) => ({ code: l.code, lang: l.lang })),
    undefined,
    base,
  );
  const problems = shellProblems(manifest);
  if (problems.length) throw new Error(problems.join('\n'));
  await writeFile(join(root, SERVICE_WORKER_FILE), await serviceWorkerSource(manifest));
  return manifest;
}

/** Files compressed at once, at most, while their sizes are measured. */
const COMPRESSING = 8;

/**
 * The size each file is sent at (sentBytes()), compressed on Node's thread pool a few at a time,
 * so every core compresses and this thread only waits. The sizes alone are kept.
 */
async function sentSizes(root: string, paths: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const compressing = new Throttle(COMPRESSING);
  const measure = async (path: string): Promise<void> => {
    const content = await readFile(join(root, path));
    const gzipped = content[0] === 0x1f && content[1] === 0x8b;
    sizes.set(path, gzipped ? content.byteLength : (await gzipAsync(content)).byteLength);
  };
  for (const path of paths) await compressing.add(measure(path));
  await compressing.settled();
  return sizes;
}

/** Write dist/sw.js after the build. */
export default function offlineIntegration(): AstroIntegration {
  let base = '';
  return {
    name: 'peace-plan-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const manifest = await writeServiceWorker(fileURLToPath(dir), base);
        const first = Object.entries(firstVisitBytes(manifest))
          .map(([code, bytes]) => `${code} ${Math.round(bytes / 1024)} KB`)
          .join(', ');
        logger.info(
          `sw.js: ${manifest.files.length} files with their revisions; a first visit saves ahead ${first} gzip.`,
        );
      },
    },
  };
}
