/**
 * `npx astro dev` on a private copy of the project (never on content/ itself), for the
 * dev-server tests: started on a free port, its output kept for failure messages, stopped with
 * everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { copyProject, removeTemp, tempFolder } from '../../bench/project-copy.ts';

/** A running dev server on a copy of the project. */
export interface DevServer {
  /** The copy's folder. */
  dir: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Everything it has printed so far. */
  log(): string;
  /** Whether it is still running. */
  running(): boolean;
  /** Stop it and what it started, and remove the copy. */
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });

/**
 * The environment a contributor's `npm run dev` has: without vitest's own variables (NODE_ENV=test
 * and VITEST*), which make Astro's dev server answer 404 for every page.
 */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** Wait `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Copy the project into a temporary folder named after `label` and start `astro dev` there. */
export async function startDevServer(label: string): Promise<DevServer> {
  const root = resolve('.');
  const dir = tempFolder(label);
  copyProject(root, dir);
  // Reuse the diagrams already drawn here, so pages do not wait for Chromium to draw them all
  // again (a copy: the tests never write into this project's cache).
  const diagrams = join(root, 'node_modules', '.cache', 'peace-plan-diagrams');
  if (existsSync(diagrams)) {
    cpSync(diagrams, join(dir, 'node_modules', '.cache', 'peace-plan-diagrams'), {
      recursive: true,
    });
  }
  const port = await freePort();
  let log = '';
  const server: ChildProcess = spawn(
    'npx',
    ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      detached: true, // its own process group, so stop() ends npx, astro and what they start
      stdio: ['ignore', 'pipe', 'pipe'],
      env: devEnv(),
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return {
    dir,
    origin: `http://127.0.0.1:${port}`,
    log: () => log,
    running: () => server.exitCode === null,
    async stop() {
      if (server.pid && server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        process.kill(-server.pid, 'SIGTERM');
        await Promise.race([exited, sleep(10_000)]);
      }
      removeTemp(dir);
    },
  };
}
