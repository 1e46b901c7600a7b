/**
 * SLOW, STARTS A DEV SERVER: content mistakes in `npm run dev` show in Astro's error overlay,
 * with the report `npm run check` prints for the same files, and fixing them brings the page
 * back. Runs `npx astro dev` on a private copy of the project, breaks files there with the page
 * open in Chromium, and reads what its socket received and what the overlay shows. See
 * src/collections/dev-check.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_ERRORS_HEADER } from '../../src/collections/dev-overlay.ts';
import { launchBrowser } from '../../support/browser.ts';
import { sleep, startDevServer, type DevServer } from './dev-server.ts';

/** The longest the server may take to serve its first page on a busy 2-core machine. */
const START_MS = 300_000;
/** The longest a saved file may take to show in the browser. */
const EDIT_MS = 90_000;

let dev: DevServer | undefined;
let browser: Browser | undefined;

const url = (path: string) => `${dev!.origin}${path}`;
const inCopy = (file: string) => join(dev!.dir, file);

/** What the overlay in the page shows, or undefined when there is none. */
const overlay = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('vite-error-overlay')?.shadowRoot;
    if (!root) return undefined;
    const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
    return {
      title: text('#title'),
      message: text('#message-content'),
      place: text('#code header h2'),
      line: text('.error-line'),
    };
  });

/** Wait until the page shows an overlay whose message contains `words`. */
async function waitForOverlay(page: Page, words: string) {
  const until = Date.now() + EDIT_MS;
  for (;;) {
    const shown = await overlay(page).catch(() => undefined); // the page may be reloading
    if (shown?.message.includes(words)) return shown;
    if (Date.now() > until) {
      throw new Error(
        `No overlay saying "${words}" after ${EDIT_MS} ms (shown: ${JSON.stringify(shown)}).\nDev server log:\n${dev!.log().slice(-3000)}`,
      );
    }
    await sleep(250);
  }
}

/** Wait until the page shows its own heading and no overlay, as after a fix. */
async function waitForPage(page: Page, heading: string) {
  const until = Date.now() + EDIT_MS;
  for (;;) {
    const state = await page
      .evaluate(() => ({
        overlay: document.querySelector('vite-error-overlay') !== null,
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      }))
      .catch(() => undefined);
    if (state && !state.overlay && state.h1 === heading) return;
    if (Date.now() > until) {
      throw new Error(
        `The page did not come back after ${EDIT_MS} ms (${JSON.stringify(state)}).\nDev server log:\n${dev!.log().slice(-3000)}`,
      );
    }
    await sleep(250);
  }
}

/** Every message the page's Vite socket receives, across reloads. */
function socketMessages(page: Page): { type: string; err?: Record<string, unknown> }[] {
  const messages: { type: string; err?: Record<string, unknown> }[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      try {
        messages.push(JSON.parse(String(payload)) as (typeof messages)[number]);
      } catch {
        // not one of Vite's messages
      }
    }),
  );
  return messages;
}

/** The errors part of what `npm run check` prints for the copy, as a contributor runs it. */
function checkReport(): string {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', 'scripts/check.ts', 'content'],
    { cwd: dev!.dir, encoding: 'utf8' },
  );
  expect(result.status).toBe(1);
  return result.stderr;
}

/** Replace `from` with `to` in a file of the copy; returns the way back. */
function edit(file: string, from: string, to: string): () => void {
  const path = inCopy(file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return () => writeFileSync(path, text);
}

/** The 1-based line of the first line of a file of the copy that contains `words`. */
const lineOf = (file: string, words: string) =>
  readFileSync(inCopy(file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(words)) + 1;

describe('content check errors in the dev server (slow: starts astro dev on a copy)', () => {
  beforeAll(async () => {
    dev = await startDevServer('dev-overlay');
    browser = await launchBrowser();
    const until = Date.now() + START_MS;
    for (;;) {
      const status = await fetch(url('/'), { headers: { accept: 'text/html' } }).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (Date.now() > until || !dev.running()) {
        throw new Error(`The dev server did not serve / (${status}).\n${dev.log().slice(-3000)}`);
      }
      await sleep(500);
    }
  }, START_MS + 60_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
  });

  it(
    'shows an unknown actor in the open page’s overlay at its file and line, and the page again once fixed',
    async () => {
      const page = await browser!.newPage();
      const messages = socketMessages(page);
      await page.goto(url('/actors/rustem-umerov/'));
      await waitForPage(page, 'Rustem Umerov');

      const file = 'content/events/2025-11-23-geneva-talks.yaml';
      const undo = edit(file, 'steve-witkoff,', 'steve-witkof,');
      const line = lineOf(file, 'steve-witkof,');
      const shown = await waitForOverlay(page, 'steve-witkof');

      // The message is the report npm run check prints, and names the file and line.
      const report = checkReport();
      expect(report.startsWith(`${shown.message}\n`)).toBe(true);
      expect(shown.message).toContain(
        `${file}:${line}: actors[2]: "steve-witkof" is not an actor. Known actors are listed in content/actors/ (did you mean "steve-witkoff"?)`,
      );
      expect(shown.place).toBe(`events/2025-11-23-geneva-talks.yaml:${line}`);
      expect(shown.line).toContain('steve-witkof,');
      expect(shown.title).toMatch(/^The content has \d+ problems?$/);

      // What the socket carried: the same error, with the file's absolute path and line.
      const error = messages.find((m) => m.type === 'error')?.err;
      expect(error?.['loc']).toEqual({ file: inCopy(file), line, column: 0 });
      expect(error?.['plugin']).toBe('peace-plan:content-check');

      // Fixed, the page comes back by itself: nothing here reloads it.
      undo();
      await waitForPage(page, 'Rustem Umerov');
      await page.close();
    },
    EDIT_MS * 2 + 60_000,
  );

  it(
    'answers a page asked for while a page cites an unknown source with the overlay, until it is fixed',
    async () => {
      const file = 'content/pages/what-next.mdx';
      const undo = edit(file, '[@newscapital-2025-11-25]', '[@nope]');
      const line = lineOf(file, '[@nope]');
      const page = await browser!.newPage();
      // The reader opens another page, one that does not show the mistake.
      await page.goto(url('/timeline/')).catch(() => undefined);
      const shown = await waitForOverlay(page, '[@nope]');
      expect(shown.message).toContain(
        `${file}:${line}: unknown source "nope" in citation [@nope]. Sources are the files in content/sources/; cite one by its file name without .yaml.`,
      );
      expect(checkReport().startsWith(`${shown.message}\n`)).toBe(true);
      const response = await fetch(url('/timeline/'), { headers: { accept: 'text/html' } });
      expect(response.status).toBe(500);
      expect(response.headers.get(CONTENT_ERRORS_HEADER)).toMatch(/^[1-9]\d*$/);
      expect(await response.text()).toContain(`${file}:${line}: unknown source`);

      undo();
      await page.reload().catch(() => undefined);
      await waitForPage(page, 'Timeline');
      expect((await fetch(url('/timeline/'), { headers: { accept: 'text/html' } })).status).toBe(
        200,
      );
      await page.close();
    },
    EDIT_MS * 2 + 60_000,
  );
});
