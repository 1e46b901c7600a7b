/**
 * Browser side of search in `npm run dev`: before each search, ask the dev server whether its
 * index is current, and while it is being built, tell the reader and wait. Loaded by
 * client/engine.ts only when `import.meta.env.DEV`, so the built site never ships it.
 */
import { DEV_STATUS_FILE, noticeFor, type DevIndexStatus } from './dev-status.ts';

/** How often to ask again while the index is being built. */
const POLL_MS = 300;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Wait until the dev index is ready and return its version. `notify` hears the notice to show
 * while it is not (and '' once it is).
 * @throws When the index could not be built, with the notice as the message.
 */
export async function readyIndexVersion(
  base: string,
  notify: (text: string) => void,
): Promise<number> {
  let told = false;
  for (;;) {
    const response = await fetch(`${base}${DEV_STATUS_FILE}`, { cache: 'no-store' });
    if (!response.ok)
      throw new Error(`The development server answered ${response.status} for ${DEV_STATUS_FILE}.`);
    const status = (await response.json()) as DevIndexStatus;
    const notice = noticeFor(status);
    if (status.state === 'ready') {
      if (told) notify('');
      return status.version;
    }
    notify(notice);
    told = true;
    if (status.state === 'failed') throw new Error(notice);
    await pause(POLL_MS);
  }
}
