/**
 * The search index of `npm run dev`, kept in memory: built from the pages the dev server renders,
 * with the same records and Pagefind settings as the build's index
 * (searchRecords/withSearchIndex in src/search/integration.ts), and built again, after a
 * short pause, whenever content changes. Nothing is written to disk.
 */
import type { PagefindIndex } from 'pagefind';
import { coalescedTask } from '../shared/index.ts';
import {
  spellingsFile,
  UNUSED_FILES,
  searchRecords,
  siteSpellings,
  withSearchIndex,
  type DevIndexStatus,
  type EntryRecord,
  type RenderedPage,
} from '../search/index.ts';

/** What the dev index needs from its surroundings. */
export interface DevIndexOptions {
  /** Render every page of the site, as the dev server serves it. */
  render: () => Promise<RenderedPage[]>;
  /** The content folder, for the spelling map. */
  contentDir: string;
  /** How long to wait after the last change before building, so a burst of saves builds once. */
  delayMs: number;
  /** Where to report builds and failures (the dev server's logger). */
  log: { info(message: string): void; error(message: string): void };
  /** Index records into files; the site's Pagefind settings by default. Replaced in tests. */
  indexFiles?: (records: readonly EntryRecord[]) => Promise<Map<string, Uint8Array>>;
}

/** The dev index: its status, its files, and the trigger for a new build. */
export interface DevIndex {
  status(): DevIndexStatus;
  /** A file of the current index by its path inside /pagefind/, waiting for a first index. */
  file(path: string): Promise<Uint8Array | undefined>;
  /** Build again after the pause (again after the current build, if one is running). */
  schedule(): void;
  /** Resolves when no build is pending or running. */
  settled(): Promise<void>;
  stop(): void;
}

/** Index records with the build's Pagefind settings and return the files in memory. */
async function pagefindFiles(records: readonly EntryRecord[]): Promise<Map<string, Uint8Array>> {
  return withSearchIndex(records, async (index: PagefindIndex) => {
    const { files, errors } = await index.getFiles();
    if (errors.length > 0)
      throw new Error(`Pagefind could not write the index:\n${errors.join('\n')}`);
    const unused = new Set(UNUSED_FILES);
    return new Map(files.filter((f) => !unused.has(f.path)).map((f) => [f.path, f.content]));
  });
}

/** Create the dev index. It builds nothing until `schedule()` is first called. */
export function createDevIndex(options: DevIndexOptions): DevIndex {
  const indexFiles = options.indexFiles ?? pagefindFiles;
  let files = new Map<string, Uint8Array>();
  let status: DevIndexStatus = { state: 'building', version: 0, pages: 0 };
  async function build(): Promise<void> {
    const started = Date.now();
    try {
      const [pages, spellings] = await Promise.all([
        options.render(),
        siteSpellings(options.contentDir),
      ]);
      const { records, indexed } = searchRecords(pages, spellings);
      const next = await indexFiles(records);
      for (const [code, map] of Object.entries(spellings.maps)) {
        next.set(spellingsFile(code), new TextEncoder().encode(JSON.stringify(map)));
      }
      files = next;
      status = { state: 'building', version: status.version + 1, pages: indexed };
      options.log.info(
        `Search index ${status.version}: ${indexed} pages and ${records.length - indexed} entries, in ${Date.now() - started} ms.`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      status = { ...status, state: 'failed', message };
      options.log.error(
        `Search index could not be built; search in the dev server shows the last index, if any.\n${message}`,
      );
    }
  }

  const task = coalescedTask(build, options.delayMs, () => {
    if (status.state === 'building') status = { ...status, state: 'ready' };
  });
  const { busy, settled } = task;

  return {
    status: () => ({
      ...status,
      state: busy() && status.state !== 'failed' ? 'building' : status.state,
    }),
    async file(path) {
      if (status.version === 0 && busy()) await settled();
      return files.get(path);
    },
    schedule() {
      if (status.state === 'failed') status = { ...status, state: 'building' };
      task.schedule();
    },
    settled,
    stop: task.stop,
  };
}
