/**
 * Reading offline. A first visit saves ahead only the shell of the reader's language (styles,
 * scripts, the reading order, the page read) within the budget; other pages are saved when read;
 * offline, a saved page says it is a saved copy and a page not saved lists the saved ones; the
 * footer control saves the whole edition, can be cancelled and used again, and removes it; after a
 * build with one page changed, the worker downloads that page and itself, nothing else.
 * Run against a copy of dist/ so that the last test can change the build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { DIST_DIR, serveDist, type RunningServer } from '../../support/static-server.ts';
import { writeServiceWorker } from '../../src/offline/index.ts';
import type { OfflineManifest } from '../../src/offline/client/plan.ts';

const root = mkdtempSync(join(tmpdir(), 'offline-dist-'));
cpSync(DIST_DIR, root, { recursive: true });

let browser: Browser;
let server: RunningServer;
let manifest: OfflineManifest;
/** Every path the server was asked for, in order. */
let requests: string[] = [];
/** While set, each answer waits this long: a slow line, so that saving can be cancelled. */
let delayMs = 0;

beforeAll(async () => {
  manifest = await writeServiceWorker(root);
  browser = await launchBrowser();
  server = await serveDist(root, {
    onRequest: async (path) => {
      requests.push(path);
      if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const CACHE = 'ppe-offline-files';
const bytesOf = (paths: readonly string[]) =>
  paths.reduce((sum, p) => sum + (manifest.files.find((f) => f.url === p)?.bytes ?? 0), 0);

/** The saved paths. */
const savedPaths = (page: Page) =>
  page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  }, CACHE);

/** Visit a page and wait until the worker controls it, its first install done. */
async function firstVisit(page: Page, path: string): Promise<void> {
  await page.goto(server.url + path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

describe('reading offline', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('saves ahead only the shell of the reader’s language, within the budget', async () => {
    requests = [];
    await firstVisit(page, '/uk/actors/');
    const saved = await savedPaths(page);
    for (const path of manifest.readingOrder['uk']!) expect(saved).toContain(path);
    expect(saved).toContain('/uk/actors/');
    expect(saved.some((p) => p.endsWith('.css'))).toBe(true);
    const shared = new Set(manifest.files.filter((f) => f.group === 'asset').map((f) => f.url));
    expect(saved.filter((p) => !p.startsWith('/uk/') && !shared.has(p))).toEqual([]);
    expect(saved.filter((p) => p.startsWith('/pagefind/') || /^\/_astro\/search/.test(p))).toEqual(
      [],
    );
    const background = bytesOf([...new Set(requests)]);
    expect(background).toBeLessThanOrEqual(manifest.budget);
    console.info(`first visit to /uk/actors/: ${requests.length} requests, ${background} B gzip`);
  });

  it('saves a page when it is read; offline, a page not saved lists the saved pages', async () => {
    const actor = manifest.files.find((f) => /^\/uk\/actors\/[^/]+\/$/.test(f.url))!.url;
    const unread = manifest.files.filter((f) => /^\/uk\/actors\/[^/]+\/$/.test(f.url))[1]!.url;
    await page.goto(server.url + actor);
    await expect.poll(() => savedPaths(page)).toContain(actor);
    await context.setOffline(true);
    try {
      await page.goto(server.url + actor);
      await expect(page.locator('.saved-copy').innerText()).resolves.toMatch(
        /Ви читаєте збережену копію/,
      );
      await page.goto(server.url + unread);
      await expect(page.locator('h1').innerText()).resolves.toBe('Немає з’єднання з мережею');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('uk');
      const links = await page
        .locator('main li a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining([...manifest.readingOrder['uk']!, actor]));
      expect(links).not.toContain(unread);
      expect(await page.locator('main').innerText()).toMatch(/Пошук не збережено/);
      // A link from it opens the saved page.
      await page.locator('main li a[href="/uk/the-plan/"]').tap();
      await page.waitForURL('**/uk/the-plan/');
      await expect(page.locator('.saved-copy').isVisible()).resolves.toBe(true);
    } finally {
      await context.setOffline(false);
    }
  });

  it('saves the whole edition on request: offer, cancel, save again, remove', async () => {
    await page.goto(`${server.url}/uk/`);
    const panel = page.locator('[data-offline-save-panel]');
    await panel.locator('button[data-offline-save]').tap();
    const status = panel.locator('[data-offline-save-status]');
    await expect
      .poll(() => status.innerText())
      .toMatch(/^Буде збережено всі сторінки \(\d+\) і пошуковий індекс: [\d,]+ (KB|MB)/);
    delayMs = 150;
    await panel.getByRole('button', { name: 'Зберегти', exact: true }).tap();
    await expect.poll(() => status.innerText()).toMatch(/^Збереження: [1-9]\d* з \d+ файлів/);
    await panel.getByRole('button', { name: 'Скасувати' }).tap();
    await expect.poll(() => status.innerText()).toMatch(/^Зупинено/);
    delayMs = 0;
    // Used again, it offers only what is left, and saves it.
    await panel.getByRole('button', { name: 'Зберегти', exact: true }).tap();
    await expect.poll(() => status.innerText()).toMatch(/^Буде збережено/);
    await panel.getByRole('button', { name: 'Зберегти', exact: true }).tap();
    await expect
      .poll(() => status.innerText(), { timeout: 60_000 })
      .toMatch(/^Збережено всі сторінки \(\d+\) і пошук.*налаштуваннях браузера/);
    const saved = await savedPaths(page);
    const edition = manifest.files.filter((f) => f.lang === 'uk' || f.group === 'search');
    expect(edition.filter((f) => !saved.includes(f.url)).map((f) => f.url)).toEqual([]);
    expect(saved.filter((p) => manifest.files.find((f) => f.url === p)?.lang === 'en')).toEqual([]);
    // Offline, every page of the edition opens, and search works.
    await context.setOffline(true);
    try {
      const unread = manifest.files.filter((f) => /^\/uk\/actors\/[^/]+\/$/.test(f.url))[1]!.url;
      await page.goto(server.url + unread);
      await expect(page.locator('.saved-copy').isVisible()).resolves.toBe(true);
      await page.goto(`${server.url}/uk/search/?q=geneva`);
      await expect(page.locator('[data-offline-search]').innerText()).resolves.toMatch(
        /Пошук працює без мережі/,
      );
    } finally {
      await context.setOffline(false);
    }
    await page.goto(`${server.url}/uk/`);
    await panel.locator('button[data-offline-save]').tap();
    await panel.getByRole('button', { name: 'Видалити збережену копію' }).tap();
    await expect.poll(() => status.innerText()).toMatch(/^Збережену копію цього видання видалено/);
    expect((await savedPaths(page)).filter((p) => p.startsWith('/uk/'))).toEqual([]);
  });
});

describe('a new build with one page changed', () => {
  it('downloads again only the changed page and the worker', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await firstVisit(page, '/');
      const before = await savedPaths(page);
      expect(before).toContain('/the-plan/');
      // Build B: one page's text changes, and the worker is written for it as the build does.
      const file = join(root, 'the-plan', 'index.html');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('</main>', '<p>Corrected.</p></main>'),
      );
      const next = await writeServiceWorker(root);
      const changed = next.files
        .filter((f) => manifest.files.find((old) => old.url === f.url)?.rev !== f.rev)
        .map((f) => f.url);
      expect(changed).toEqual(['/the-plan/']);
      requests = [];
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        const worker = registration.installing ?? registration.waiting;
        if (worker && worker.state !== 'activated') {
          await new Promise<void>((done) =>
            worker.addEventListener('statechange', () => worker.state === 'activated' && done()),
          );
        }
      });
      expect([...new Set(requests)].sort()).toEqual(['/sw.js', '/the-plan/']);
      const html = await page.evaluate(async (name) => {
        const saved = await (await caches.open(name)).match('/the-plan/');
        return saved?.text();
      }, CACHE);
      expect(html).toContain('Corrected.');
      expect((await savedPaths(page)).sort()).toEqual(before);
    } finally {
      await context.close();
    }
  });
});
