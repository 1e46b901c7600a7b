/**
 * Shared steps of the search browser tests (the site itself comes from tests/helpers/site.ts): a
 * page that records console errors, one such page shared by the tests of a block, and searching
 * the way a reader does (the dialog, or the /search/ page).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { readContentDir, type CollectionName } from '../../src/collections/index.ts';
import type { SiteUnderTest } from '../helpers/site.ts';

/** A page that records console errors and uncaught exceptions in `errors`. */
export async function watchedPage(
  target: Browser | BrowserContext,
): Promise<{ page: Page; errors: string[] }> {
  const page = await target.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, errors };
}

/** How long {@link submitOnPage} waits for a search's results: as long as the tests' expect.poll. */
const SEARCH_TIMEOUT_MS = 20_000;

/** One page shared by the tests of a block: see {@link useSharedPage}. */
export interface SharedPage {
  /** The page's context; available inside tests and hooks. */
  readonly context: BrowserContext;
  /** The page; available inside tests and hooks. */
  readonly page: Page;
  /** Console errors and uncaught exceptions since the current test started. */
  readonly errors: string[];
}

/**
 * One page for all the tests of the block this is called in (a describe, or the file): a fresh
 * browser context is made before the first test and closed after the last, since a new context
 * and a page's first search (Pagefind and its index) take far longer than a search. The context
 * blocks service workers, which would install and save the site ahead on each context's first
 * visit: the offline tests check the worker, not these. `path`, when given, is opened before the
 * first test, and again before any test that finds the page left it. `errors` is emptied before
 * each test, so each test checks only its own.
 */
export function useSharedPage(
  site: SiteUnderTest,
  options: { path?: string; context?: BrowserContextOptions } = {},
): SharedPage {
  let context: BrowserContext | undefined;
  let watched: { page: Page; errors: string[] } | undefined;
  const started = () => {
    if (!context || !watched) {
      throw new Error('useSharedPage(): the page is only ready inside tests and hooks.');
    }
    return { context, ...watched };
  };
  const url = () => `${site.url}${options.path ?? '/'}`;
  beforeAll(async () => {
    context = await site.browser.newContext({ serviceWorkers: 'block', ...options.context });
    watched = await watchedPage(context);
    if (options.path !== undefined) await watched.page.goto(url());
  });
  beforeEach(async () => {
    const { page, errors } = started();
    if (options.path !== undefined && new URL(page.url()).pathname !== new URL(url()).pathname) {
      await page.goto(url());
    }
    errors.length = 0;
  });
  afterAll(async () => {
    await context?.close();
  });
  return {
    get context() {
      return started().context;
    },
    get page() {
      return started().page;
    },
    get errors() {
      return started().errors;
    },
  };
}

/** The status line of the open search UI, once it reports on `query`. */
export async function statusFor(page: Page, query: string): Promise<string> {
  const shown = query.slice(0, 60);
  const status = page.locator('.search-status');
  // The status quotes the query as its language does: “…” in English, «…» in Ukrainian.
  await page.waitForFunction((q) => {
    const text = document.querySelector('.search-status')?.textContent ?? '';
    return text.includes(`“${q}”`) || text.includes(`«${q}»`);
  }, shown);
  return (await status.textContent()) ?? '';
}

/** The result links shown, as paths with #anchors and without the highlight parameters. */
export async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('[role="option"]', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return `${url.pathname}${url.hash}`;
    }),
  );
}

/** The page-level results (not the headings under them), in order. */
export async function topResults(page: Page): Promise<string[]> {
  return page.$$eval('[role="option"]:not(.search-sub)', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return `${url.pathname}${url.hash}`;
    }),
  );
}

/** Search on the /search/ page already open in `page`: fill the field, wait for the status. */
export async function searchOnPage(page: Page, query: string): Promise<string> {
  await page.fill('#search-page-input', query);
  return statusFor(page, query.trim() ? query : '');
}

/**
 * Search on the /search/ page open in `page` as a reader who types the words and presses Enter:
 * the search runs at once, without the pause that searching as one types waits for (which
 * {@link searchOnPage} and the dialog tests go through). For the files that search for many
 * names one after another. The status line, the result links shown (as {@link resultLinks})
 * and those of the pages only (as {@link topResults}), read in the same moment as the status
 * line first reports on `query`, by the page itself: one call instead of a wait and the reads.
 */
export async function submitOnPage(
  page: Page,
  query: string,
): Promise<{ status: string; links: string[]; top: string[] }> {
  const { status, links } = await page.evaluate(
    ({ q, timeout }) =>
      new Promise<{ status: string; links: { path: string; sub: boolean }[] }>((done, fail) => {
        const status = document.querySelector('.search-status');
        const input = document.querySelector<HTMLInputElement>('#search-page-input');
        if (!status || !input) {
          throw new Error(
            'The page has no search field and status line (#search-page-input, .search-status).',
          );
        }
        // The words and Enter in one task, so Enter always finds the search for them pending and
        // runs it: were the results for these words shown first, Enter would open the first one.
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        // The status names the query first, in the page language's quotes, and may then name
        // what it searched for instead: only the first quoted words count, so the status of
        // a previous query that was searched for as this one is not taken for this one's.
        const reports = (text: string) => {
          const quoted = text.slice(text.search(/[“«]/) + 1);
          const shown = q.slice(0, 60);
          return quoted.startsWith(`${shown}”`) || quoted.startsWith(`${shown}»`);
        };
        const read = (): boolean => {
          const text = status.textContent ?? '';
          if (!/[“«]/.test(text) || !reports(text)) return false;
          observer.disconnect();
          clearTimeout(timer);
          const options = [...document.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
          done({
            status: text,
            links: options.map((a) => {
              const url = new URL(a.href);
              return {
                path: `${url.pathname}${url.hash}`,
                sub: a.classList.contains('search-sub'),
              };
            }),
          });
          return true;
        };
        // The UI writes the status after the results, in the same task: both are read together.
        const observer = new MutationObserver(read);
        const timer = setTimeout(() => {
          observer.disconnect();
          fail(
            new Error(`No status for “${q}” after ${timeout} ms; it says “${status.textContent}”.`),
          );
        }, timeout);
        if (!read())
          observer.observe(status, { childList: true, characterData: true, subtree: true });
      }),
    { q: query, timeout: SEARCH_TIMEOUT_MS },
  );
  return {
    status,
    links: links.map((l) => l.path),
    top: links.filter((l) => !l.sub).map((l) => l.path),
  };
}

/** The entries of one collection, through the content reader: id and the YAML as written. */
export function contentEntries(
  collection: CollectionName,
): { id: string; data: Record<string, unknown> }[] {
  return readContentDir('content', [collection]).entries.map((entry) => ({
    id: entry.id,
    data: (entry.yaml?.data ?? {}) as Record<string, unknown>,
  }));
}
