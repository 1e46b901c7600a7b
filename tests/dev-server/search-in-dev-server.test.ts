/**
 * SLOW, STARTS A DEV SERVER: search in `npm run dev`. Runs `npx astro dev` on a private copy of
 * the project (never on content/ itself), waits for its in-memory search index, searches through
 * the UI in Chromium, then edits a page and a glossary term in the copy and finds the new words
 * with the UI, which says the index is being updated meanwhile. See src/dev/search-integration.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DevIndexStatus } from '../../src/search/client/dev-status.ts';
import { launchBrowser } from '../../support/browser.ts';
import { sleep, startDevServer, type DevServer } from './dev-server.ts';

/** The longest a first index may take: every page renders for the first time, diagrams too. */
const FIRST_INDEX_MS = 360_000;
/** The longest an edit may take to reach search on a busy 2-core machine. */
const EDIT_MS = 60_000;

let dev: DevServer | undefined;
let dir = '';
let origin = '';
let browser: Browser | undefined;
const log = () => dev?.log() ?? '';

async function status(): Promise<DevIndexStatus | undefined> {
  try {
    const response = await fetch(`${origin}/pagefind/dev-status.json`);
    return response.ok ? ((await response.json()) as DevIndexStatus) : undefined;
  } catch {
    return undefined; // not listening yet
  }
}

/** Wait until `test` holds for the index status; fail with the server's log after `ms`. */
async function waitForStatus(test: (s: DevIndexStatus) => boolean, ms: number, what: string) {
  const until = Date.now() + ms;
  for (;;) {
    const current = await status();
    if (current && test(current)) return current;
    if (Date.now() > until || !dev?.running() || current?.state === 'failed') {
      throw new Error(
        `${what}: last status ${JSON.stringify(current)}.\nDev server log:\n${log().slice(-4000)}`,
      );
    }
    await sleep(250);
  }
}

/**
 * Keep every text the search status line shows in sessionStorage, from the first paint of every
 * page the tab loads: the dev server reloads the page when a file changes, and the record must
 * survive that.
 */
async function recordStatuses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const line = document.querySelector('.search-status');
      if (!line) return;
      const keep = () => {
        const seen = JSON.parse(sessionStorage.getItem('statuses') ?? '[]') as string[];
        sessionStorage.setItem('statuses', JSON.stringify([...seen, line.textContent ?? '']));
      };
      new MutationObserver(keep).observe(line, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  });
}

const shownStatuses = (page: Page): Promise<string[]> =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('statuses') ?? '[]') as string[]);

/**
 * Open /search/?q=<query> and wait for its results, as a reader who reloads would. Polls rather
 * than waiting inside the page, since the dev server may reload the page meanwhile.
 */
async function resultsFor(page: Page, query: string, timeout: number): Promise<string[]> {
  const target = `${origin}/search/?q=${encodeURIComponent(query)}`;
  const until = Date.now() + timeout;
  let shown = '';
  for (;;) {
    try {
      // A reload by the dev server can abort the navigation, or come before it: go (again).
      if (page.url() !== target) await page.goto(target);
      shown = (await page.textContent('.search-status', { timeout: 1000 })) ?? '';
      if (/^\d+ results? for/.test(shown) && shown.includes(`“${query}”`)) {
        return await page.$$eval('[role="option"]', (links) =>
          links.map((a) => {
            const url = new URL((a as HTMLAnchorElement).href);
            return url.pathname + url.hash;
          }),
        );
      }
    } catch {
      // The page was reloading; look again.
    }
    if (Date.now() > until) {
      throw new Error(
        `No results for "${query}" after ${timeout} ms; the status line said "${shown}".\nDev server log:\n${log().slice(-3000)}`,
      );
    }
    await sleep(200);
  }
}

describe('search in the dev server (slow: starts astro dev on a copy of the project)', () => {
  beforeAll(async () => {
    dev = await startDevServer('dev-search');
    dir = dev.dir;
    origin = dev.origin;
    browser = await launchBrowser();
    await waitForStatus(
      (s) => s.state === 'ready',
      FIRST_INDEX_MS,
      'The first search index was not ready',
    );
  }, FIRST_INDEX_MS + 60_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
  });

  it('serves Pagefind and its index at /pagefind/', async () => {
    const loader = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(loader.status).toBe(200);
    expect(loader.headers.get('content-type')).toMatch(/javascript/);
    expect(await loader.text()).toMatch(/pagefind/i);
    // The spelling map of each language, as the search UI asks for it.
    expect((await fetch(`${origin}/pagefind/spellings.en.json`)).status).toBe(200);
    expect((await fetch(`${origin}/pagefind/spellings.uk.json`)).status).toBe(200);
    const current = await status();
    expect(current?.pages).toBeGreaterThan(20);
  });

  it('finds a page and an entry through the search page, the / key and the search button', async () => {
    const page = await browser!.newPage();
    const links = await resultsFor(page, 'Pokrovsk', 30_000);
    expect(links).toContain('/battlefield/');
    expect(links).toContain('/glossary/#pokrovsk');

    // The dialog, opened with the / key on another page, and then with the search button.
    await page.goto(`${origin}/timeline/`);
    await page.keyboard.press('/');
    await page.locator('#search-dialog-input').fill('Geneva');
    await page.waitForFunction(
      () =>
        /^\d+ results? for “Geneva”/.test(
          document.querySelector('.search-status')?.textContent ?? '',
        ),
      null,
      { timeout: 30_000 },
    );
    await page.keyboard.press('Escape');
    await page.locator('[data-search-open]').first().click();
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
    await page.close();
  }, 60_000);

  it(
    'finds words added to a page and a term within seconds, saying meanwhile that the index is updating',
    async () => {
      const page = await browser!.newPage();
      await recordStatuses(page);
      await resultsFor(page, 'Pokrovsk', 30_000); // the tab's search engine runs on the old index
      const before = (await status())!.version;

      const pageFile = join(dir, 'content', 'pages', 'what-next.mdx');
      // A word added to a paragraph the page has: its translation becomes stale (a warning), not
      // out of step with it (a new paragraph would be an error until translated too).
      const text = readFileSync(pageFile, 'utf8');
      const withWord = text.replace(/^([A-Z][^\n]*\S)$/m, '$1 It mentions quillwhistle.');
      expect(withWord, 'no paragraph to add a word to').not.toBe(text);
      writeFileSync(pageFile, withWord);
      const termFile = join(dir, 'content', 'glossary', 'donbas.yaml');
      const term = readFileSync(termFile, 'utf8');
      writeFileSync(termFile, term.replace(/^definition: /m, 'definition: Marrowfinch. '));
      const edited = Date.now();
      await waitForStatus(
        (s) => s.state === 'building',
        10_000,
        'The edit did not start a new index',
      );

      const added = await resultsFor(page, 'quillwhistle', EDIT_MS);
      const seconds = (Date.now() - edited) / 1000;
      expect(added).toContain('/what-next/');
      expect(
        (await shownStatuses(page)).some((s) => s.startsWith('Updating the search index')),
      ).toBe(true);
      expect((await status())!.version).toBeGreaterThan(before);
      expect(await resultsFor(page, 'marrowfinch', 10_000)).toContain('/glossary/#donbas');
      console.log(`dev server search: an edit was found ${seconds.toFixed(1)} s after saving`);
      await page.close();
    },
    EDIT_MS + 60_000,
  );
});
