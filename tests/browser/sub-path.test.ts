/**
 * The build for a sub-path address (`npm run build:subpath`, read by the `browser-subpath`
 * project only), as a browser sees it: on a few pages of both editions, every link, stylesheet,
 * script, image and form, and every request the page makes (search with its index, spelling map
 * and Ukrainian stemmer included), stays under the path the site is served at; the language
 * switch leads to the same page in the other edition. The server answers nothing outside that
 * path, and an address that leaves it is named here with its page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../site.config.mjs';
import { isUnderBase } from '../../src/shared/urls.ts';
import { builtPages } from '../../support/pages.ts';
import { served, useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });

const PAGES = builtPages();
const ukActor = PAGES.find((p) => /^\/uk\/actors\/[^/]+\/$/.test(p));
/** A few pages of both editions: homes, a text page, an actor, search, translations. */
const SAMPLE = ['/', '/uk/the-plan/', ukActor, '/uk/search/', '/translations/'].filter(
  (p): p is string => p !== undefined && PAGES.includes(p),
);

/** One address a page names or asks for, and what names it. */
interface Address {
  what: string;
  url: string;
}

/**
 * The addresses of `addresses` on the site's own origin that are outside the base, each as
 * "<page>: <what> <address>".
 */
function outsideBase(page: string, origin: string, addresses: readonly Address[]): string[] {
  return addresses
    .filter(({ url }) => new URL(url).origin === origin)
    .filter(({ url }) => !isUnderBase(SITE.base, new URL(url).pathname))
    .map(({ what, url }) => `${page}: ${what} ${new URL(url).pathname} is outside "${SITE.base}/"`);
}

/** Every address the page's markup names, resolved as the browser resolves it. */
function namedAddresses(page: Page): Promise<Address[]> {
  return page.evaluate(() => {
    const found: { what: string; url: string }[] = [];
    const add = (what: string, url: string | null | undefined) => {
      if (url) found.push({ what, url });
    };
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) add('link', a.href);
    for (const l of document.querySelectorAll<HTMLLinkElement>('link[href]'))
      add(`<link rel="${l.rel}">`, l.href);
    for (const s of document.querySelectorAll<HTMLScriptElement>('script[src]'))
      add('script', s.src);
    for (const i of document.querySelectorAll<HTMLImageElement>('img[src]')) add('image', i.src);
    for (const f of document.querySelectorAll<HTMLFormElement>('form[action]'))
      add('form', f.action);
    return found;
  });
}

/**
 * Load `path` and wait until the page is quiet. First its load event, which comes only once the
 * page's own scripts have run: while the offline worker is saving files in the background, the
 * network can be quiet for half a second before the page's script has even arrived, and a key
 * pressed then reaches no listener.
 */
async function open(page: Page, path: string) {
  const response = await page.goto(`${site.url}${path}`);
  await page.waitForLoadState('networkidle');
  return response;
}

let context: BrowserContext;
/** Every request of the current page, with what asked for it. */
let requests: Address[] = [];

beforeAll(async () => {
  context = await site.browser.newContext();
  context.on('request', (request) =>
    requests.push({ what: `request (${request.resourceType()})`, url: request.url() }),
  );
});
afterAll(() => context?.close());

describe('addresses at the served path', () => {
  it('reads a build for an address with a path', () => {
    expect(SITE.base, 'run this file in the browser-subpath project (vitest.config.ts)').not.toBe(
      '',
    );
  });

  it('names a link that leaves the base, with its page', () => {
    const origin = new URL(site.url).origin;
    expect(
      outsideBase('/uk/the-plan/', origin, [
        { what: 'link', url: `${origin}/uk/the-plan/` },
        { what: 'link', url: `${origin}${served('/uk/the-plan/')}` },
        { what: 'link', url: 'https://example.org/elsewhere/' },
      ]),
    ).toEqual([`/uk/the-plan/: link /uk/the-plan/ is outside "${SITE.base}/"`]);
  });

  it.each(SAMPLE)('%s names and asks for nothing outside the base', async (path) => {
    const page = await context.newPage();
    requests = [];
    try {
      const response = await open(page, path);
      expect(response?.status(), `${path} is not served at ${served(path)}`).toBe(200);
      const origin = new URL(site.url).origin;
      const problems = outsideBase(path, origin, [...(await namedAddresses(page)), ...requests]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('searches the Ukrainian edition under the base, with its spelling map and stemmer', async () => {
    const page = await context.newPage();
    requests = [];
    try {
      await open(page, '/uk/the-plan/');
      await page.keyboard.press('/');
      await page.waitForSelector('dialog.search-dialog[open]');
      expect(await page.locator('dialog.search-dialog form').getAttribute('action')).toBe(
        served('/uk/search/'),
      );
      await page.keyboard.type('Києві');
      await page.waitForSelector('[role="option"]');
      const results = await page.$$eval('[role="option"]', (links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((r) => !r.startsWith(served('/uk/')))).toEqual([]);
      const asked = requests.map((r) => new URL(r.url).pathname);
      expect(asked).toContain(served('/pagefind/pagefind.js'));
      expect(asked).toContain(served('/pagefind/spellings.uk.json'));
      expect(asked.filter((p) => p.includes('stemmer-uk'))).toHaveLength(1);
      expect(
        asked.filter((p) => p.includes('stemmer-uk') && !p.startsWith(served('/_astro/'))),
      ).toEqual([]);
      const origin = new URL(site.url).origin;
      expect(outsideBase('/uk/the-plan/ (search)', origin, requests)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the language switch leads to the same page in the other edition, and back', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/uk/the-plan/`);
      const english = page.locator('a[data-language-switch][hreflang="en-GB"]');
      expect(await english.getAttribute('href')).toBe(served('/the-plan/'));
      await english.click();
      await page.waitForURL(`**${served('/the-plan/')}`);
      expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
      const ukrainian = page.locator('a[data-language-switch][hreflang="uk"]');
      expect(await ukrainian.getAttribute('href')).toBe(served('/uk/the-plan/'));
      // The search engines' alternates are absolute, at the site's address with its path.
      expect(await page.locator('link[rel="alternate"][hreflang="uk"]').getAttribute('href')).toBe(
        `${SITE.url}/uk/the-plan/`,
      );
      await ukrainian.click();
      await page.waitForURL(`**${served('/uk/the-plan/')}`);
      expect(await page.getAttribute('html', 'lang')).toBe('uk');
    } finally {
      await page.close();
    }
  });
});
