/**
 * The content check of `astro dev` (src/collections/dev-check.ts) on a copy of the good fixture,
 * with a stand-in for Vite's dev server: its watcher, its sockets and its middleware stack.
 */
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViteDevServer } from 'vite';
import { checkContentFolder, withDiagramSyntax } from '../../../src/collections/check/index.ts';
import {
  createDevCheck,
  devContentCheck,
  type DevMessage,
} from '../../../src/collections/dev-check.ts';
import { CONTENT_ERRORS_HEADER } from '../../../src/collections/dev-overlay.ts';

let root = '';
let contentDir = '';
let eventFile = '';
let original = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dev-check-'));
  cpSync(resolve('tests/fixtures/content-good/content'), join(root, 'content'), {
    recursive: true,
  });
  contentDir = join(root, 'content');
  eventFile = join(contentDir, 'events', '2025-11-23-geneva-talks.yaml');
  original = readFileSync(eventFile, 'utf8');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The event with an actor id that does not exist, on the line that lists the actors. */
function breakEvent(): number {
  const lines = original.split('\n');
  const at = lines.indexOf('  - steve-witkoff');
  expect(at).toBeGreaterThan(-1);
  lines[at] = '  - steve-witkof';
  writeFileSync(eventFile, lines.join('\n'));
  return at + 1;
}

function logger() {
  const logged: string[] = [];
  return {
    logged,
    log: {
      info: (m: string) => logged.push(`info: ${m}`),
      warn: (m: string) => logged.push(`warn: ${m}`),
      error: (m: string) => logged.push(`error: ${m}`),
    },
  };
}

/** Vite's dev server, as far as the plugin uses it. */
function fakeServer(base = '/') {
  const watcher = new EventEmitter();
  const sent: DevMessage[] = [];
  const handlers: ((req: object, res: object, next: (e?: unknown) => void) => void)[] = [];
  const server = {
    config: { base },
    watcher,
    httpServer: null,
    ws: { clients: new Set([{ send: (m: DevMessage) => sent.push(m) }]) },
    middlewares: { use: (h: (typeof handlers)[number]) => handlers.push(h) },
  };
  /** Send a request through the plugin's middleware: "next", or what it answered. */
  const request = (url: string, headers: Record<string, string> = {}) =>
    new Promise<'next' | { status: number; type: string; errors: string; body: string }>(
      (done, fail) => {
        const res = {
          statusCode: 200,
          headers: {} as Record<string, string>,
          setHeader(name: string, value: string) {
            res.headers[name.toLowerCase()] = value;
          },
          end(body: string) {
            done({
              status: res.statusCode,
              type: res.headers['content-type'] ?? '',
              errors: res.headers[CONTENT_ERRORS_HEADER] ?? '',
              body,
            });
          },
        };
        const req = { method: 'GET', url, headers: { accept: 'text/html', ...headers } };
        handlers[0]!(req, res, (error) => (error ? fail(error) : done('next')));
      },
    );
  return { server: server as unknown as ViteDevServer, watcher, sent, request };
}

describe('the dev check in the dev server', () => {
  it('answers pages with the overlay while content has an error, and lets them through once fixed', async () => {
    const { logged, log } = logger();
    const plugin = devContentCheck({
      contentDir,
      folder: 'content',
      first: checkContentFolder(contentDir),
      log,
      delayMs: 10,
    });
    expect(plugin.apply).toBe('serve');
    const { server, watcher, sent, request } = fakeServer('/repo/');
    (plugin.configureServer as (s: ViteDevServer) => void)(server);
    expect(await request('/repo/the-plan/')).toBe('next');
    expect(sent).toEqual([]);

    const line = breakEvent();
    watcher.emit('all', 'change', eventFile);
    // Asked for during the check, the page waits for it.
    const page = await request('/repo/the-plan/');
    expect(page).not.toBe('next');
    const { status, type, errors, body } = page as Exclude<typeof page, 'next'>;
    // Marked, so the dev search crawl never indexes from content the check refuses.
    expect([status, type, errors]).toEqual([500, 'text/html; charset=utf-8', '1']);
    expect(body).toContain('import("/repo/@vite/client")');

    // The open pages get the same error; the terminal gets the report.
    expect(sent).toHaveLength(1);
    const message = sent[0]!;
    expect(message.type).toBe('error');
    const err = (message as Extract<DevMessage, { type: 'error' }>).err;
    expect(err.loc).toEqual({ file: eventFile, line, column: 0 });
    expect(body).toContain(JSON.stringify(err.message));
    const problem =
      `content/events/2025-11-23-geneva-talks.yaml:${line}: actors[1]: "steve-witkof" is not an ` +
      'actor. Known actors are listed in content/actors/ (did you mean "steve-witkoff"?)';
    expect(logged.at(-1)).toBe(
      `error: Content check found 1 problem. Fix each one at the file and line shown:\n\n${problem}`,
    );
    expect(err.message).toContain(problem.replace(/"/g, '&quot;'));
    // npm run check prints the same line.
    const cli = spawnSync(
      process.execPath,
      ['--experimental-strip-types', 'scripts/check.ts', contentDir],
      { encoding: 'utf8' },
    );
    expect(cli.stderr).toContain(problem);

    // Vite's own files are never held back.
    expect(await request('/repo/@vite/client')).toBe('next');
    expect(await request('/repo/_astro/page.css')).toBe('next');

    writeFileSync(eventFile, original);
    watcher.emit('all', 'change', eventFile);
    expect(await request('/repo/the-plan/')).toBe('next');
    expect(sent.at(-1)).toEqual({ type: 'full-reload', path: '*' });
    expect(logged.at(-1)).toBe('info: content/ checked: no problems.');
  }, 30_000);
});

describe('createDevCheck()', () => {
  it('checks once after a burst of saves, and only for files in the content folder', async () => {
    let runs = 0;
    const sent: DevMessage[] = [];
    const state = createDevCheck({
      contentDir,
      folder: 'content',
      first: checkContentFolder(contentDir),
      log: logger().log,
      send: (m) => sent.push(m),
      delayMs: 20,
      check: (dir) => {
        runs += 1;
        return withDiagramSyntax(checkContentFolder(dir));
      },
    });
    state.start();
    await state.settled();
    expect(runs).toBe(0); // the first check is the integration's

    state.changed(join(root, 'astro.config.mjs'));
    await state.settled();
    expect(runs).toBe(0);

    breakEvent();
    for (let i = 0; i < 3; i += 1) state.changed(eventFile);
    await state.settled();
    expect(runs).toBe(1);
    expect(state.report()).toMatch(/^Content check found 1 problem\./);
    expect(state.error()?.loc.file).toBe(eventFile);
    expect(sent.map((m) => m.type)).toEqual(['error']);

    writeFileSync(eventFile, original);
    state.changed(eventFile);
    await state.settled();
    expect(state.error()).toBeUndefined();
    expect(state.report()).toBe('');
    expect(sent.map((m) => m.type)).toEqual(['error', 'full-reload']);

    // Saving again with nothing wrong tells the pages nothing: Astro reloads them itself.
    state.changed(eventFile);
    await state.settled();
    expect(sent).toHaveLength(2);
    state.stop();
  });

  it('checks again when a file changes while a check is under way, and reports the last', async () => {
    const gates: (() => void)[] = [];
    const sent: DevMessage[] = [];
    const line = { file: 'content/events/2025-11-23-geneva-talks.yaml', message: 'm' };
    const state = createDevCheck({
      contentDir,
      folder: 'content',
      first: checkContentFolder(contentDir),
      log: logger().log,
      send: (m) => sent.push(m),
      delayMs: 5,
      // Each check waits for the test to let it finish; the first finds an error, the second none.
      check: () =>
        new Promise((done) => {
          const run = gates.length;
          gates.push(() => done(run === 0 ? [{ ...line, line: 3 }] : []));
        }),
    });
    const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
    state.changed(eventFile);
    await wait(30);
    expect(gates).toHaveLength(1);
    state.changed(eventFile);
    await wait(30);
    expect(gates).toHaveLength(1); // not two checks at once
    let settled = false;
    void state.settled().then(() => (settled = true));
    gates[0]!();
    await wait(30);
    expect(gates).toHaveLength(2);
    expect(settled).toBe(false);
    gates[1]!();
    await state.settled();
    expect(sent.map((m) => m.type)).toEqual(['error', 'full-reload']);
    expect(state.error()).toBeUndefined();
  });
});
