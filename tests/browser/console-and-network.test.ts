/**
 * Every page (with a few of the actor profiles: see sweptPages) loaded in Chromium: no console
 * error, no Content-Security-Policy violation (from the console or from `securitypolicyviolation`
 * events), no uncaught exception, no failed request (network error or HTTP status 400 and up)
 * and no request to any host but the site's own.
 * Requests made by a service worker count too: they are the site's requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { serveDist, type RunningServer } from '../../support/static-server.ts';
import { SITE } from '../../site.config.mjs';
import { builtPages, sweptPages } from '../../support/pages.ts';

const PAGES = sweptPages(builtPages());
/** URL schemes that never leave the page. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);
const CSP =
  /content[- ]security[- ]policy|\bCSP\b|refused to (load|execute|apply|evaluate|connect|frame)/i;

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
/** Problems seen since the last page load started, as lines for the failure message. */
let problems: string[] = [];
/** The page load under test, by number, and the load during which each request started. */
let visit = 0;
const started = new WeakMap<Request, number>();

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDist(undefined, { base: SITE.base });
  const origin = new URL(server.url);
  context = await browser.newContext();
  // Collected in the page, so a violation is caught even if Chromium logs nothing for it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`,
      );
    });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol)) return;
    if (url.hostname !== origin.hostname)
      problems.push(`request to another host: ${request.url()}`);
  });
  // A request the previous page started (its favicon, say) is cancelled when the next page
  // loads: only the failures of requests made for the page under test count.
  context.on('request', (request) => started.set(request, visit));
  // A request the browser itself cancelled (net::ERR_ABORTED, as when a busy page's script is
  // superseded by the service worker's copy) is not a failure of the site: missing files show as
  // HTTP errors above, blocked ones as CSP messages.
  context.on('requestfailed', (request) => {
    if (started.get(request) !== visit) return;
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(
      `failed request: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`,
    );
  });
  context.on('response', (response) => {
    const url = new URL(response.url());
    // The 404 page is meant to be served with status 404; nothing it loads is.
    const expected404 = url.pathname === '/404.html' && response.request().isNavigationRequest();
    if (response.status() >= 400 && !expected404)
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // On the context, so service workers' and pages' messages are both heard.
  context.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || (type === 'warning' && CSP.test(message.text()))) {
      const at = message.location().url
        ? ` (${message.location().url}:${message.location().lineNumber})`
        : '';
      problems.push(`console ${type}: ${message.text()}${at}`);
    }
  });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('console and network', () => {
  it.each(PAGES)('%s loads cleanly', async (path) => {
    problems = [];
    visit += 1;
    // networkidle: lazy loads, a service worker's precache and late console errors all land.
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    expect(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
  });

  it('the theme toggle raises no error and no CSP violation', async () => {
    problems = [];
    await page.goto(server.url + '/', { waitUntil: 'networkidle' });
    const toggle = page.locator('[data-theme-toggle]').first();
    await toggle.click();
    await toggle.click();
    await page.reload({ waitUntil: 'networkidle' });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
