/**
 * Shared steps of the search browser tests (the site itself comes from tests/helpers/site.ts): a
 * page that records console errors, and searching the way a reader does (the dialog, or the /search/ page).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readContentDir, type CollectionName } from '../../src/collections/index.ts';

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

/** The entries of one collection, through the content reader: id and the YAML as written. */
export function contentEntries(
  collection: CollectionName,
): { id: string; data: Record<string, unknown> }[] {
  return readContentDir('content', [collection]).entries.map((entry) => ({
    id: entry.id,
    data: (entry.yaml?.data ?? {}) as Record<string, unknown>,
  }));
}
