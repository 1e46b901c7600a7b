/**
 * The search index on a worker thread of its own (see index-thread.ts): it reads each page the
 * build hands it, sends it to Pagefind, and writes the index when told to finish, so none of
 * that parsing runs on the thread that renders the pages. Messages in: `start`, `page`, `finish`;
 * each is answered with its `id` and a result or an error.
 */
import { parentPort } from 'node:worker_threads';
import { SearchIndexer } from './integration.ts';
import type { IndexJob, IndexAnswer } from './index-thread.ts';

const port = parentPort;
if (!port) throw new Error('index-worker.ts runs only as a worker thread (see index-thread.ts).');

let indexer: Promise<SearchIndexer> | undefined;

async function run(job: IndexJob): Promise<unknown> {
  if (job.type === 'start') {
    indexer = SearchIndexer.start(job.contentDir);
    await indexer;
    return undefined;
  }
  if (!indexer) throw new Error('The search index was not started.');
  const index = await indexer;
  if (job.type === 'page') return index.page(job.page);
  return index.finish(job.siteDir);
}

port.on('message', (job: IndexJob) => {
  run(job).then(
    (result) => port.postMessage({ id: job.id, result } satisfies IndexAnswer),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: job.id, error: message } satisfies IndexAnswer);
      if (job.type !== 'start') void SearchIndexer.stop();
    },
  );
});
