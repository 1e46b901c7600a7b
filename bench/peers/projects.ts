/**
 * A peer's project in a temporary folder: its package.json and configuration, its packages
 * installed from the npm registry, and before each build its pages rewritten and its caches
 * deleted, so every build the bench times is cold.
 *
 * Installs are repeatable: npm uses the bench's own cache folder and prefers what is in it, and
 * the lockfile of the first install is kept there (named after the package.json it resolved)
 * and reused with `npm ci`, so later runs on this machine install the very same tree. Nothing is
 * written into the project.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { writePeerPages } from './pages.ts';
import { PEER_LAYOUTS, peerConfig, peerPackageJson, type PeerName } from './versions.ts';

/** The site's name, as the peers show it in their headers. */
const TITLE = 'Peace Plan Explainer';

/** Where npm's cache and the kept lockfiles live: outside the project, kept between runs. */
export function benchCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'peace-plan-bench');
}

/**
 * The environment the peers install and build in: the project's pinned Node first on PATH (the
 * bench itself runs on it through `npm run`), npm's cache in the bench's cache folder. Throws
 * when the running Node is older than 24, saying how to run the bench.
 */
export function peerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    throw new Error(
      `bench/peers: Node ${process.version} runs the bench, but the peers are built with the project's Node 24. Run it as \`npm run bench -- --peers\` (npm puts node_modules/node first on PATH).`,
    );
  }
  return {
    ...env,
    PATH: `${dirname(process.execPath)}:${env['PATH'] ?? ''}`,
    npm_config_cache: join(benchCacheDir(env), 'npm'),
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // The peers draw Mermaid in the reader's browser; nothing may fetch a browser at install.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    PUPPETEER_SKIP_DOWNLOAD: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** Run a command; rejects with its last lines when it fails. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else {
        const tail = output.trim().split('\n').slice(-25).join('\n');
        reject(
          new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd} (exit ${code}):\n${tail}`),
        );
      }
    });
  });
}

/** Create the peer's project in `dir` (an empty folder) and install its packages. */
export async function installPeer(
  name: PeerName,
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const packageJson = peerPackageJson(name);
  writeFileSync(join(dir, 'package.json'), packageJson);
  const locks = join(benchCacheDir(env), 'locks');
  mkdirSync(locks, { recursive: true });
  const hash = createHash('sha256').update(packageJson).digest('hex').slice(0, 16);
  const kept = join(locks, `${name}-${hash}.json`);
  if (existsSync(kept)) {
    copyFileSync(kept, join(dir, 'package-lock.json'));
    await run('npm', ['ci'], dir, env);
  } else {
    await run('npm', ['install'], dir, env);
    copyFileSync(join(dir, 'package-lock.json'), kept);
  }
}

/**
 * Make the peer's project a cold site of `total` pages: delete its caches and output, rewrite
 * its pages (the same pages as this site's scale run) and its configuration.
 */
export function preparePeer(name: PeerName, dir: string, root: string, total: number): void {
  const layout = PEER_LAYOUTS[name];
  for (const cache of layout.caches) rmSync(join(dir, cache), { recursive: true, force: true });
  const pagesDir = join(dir, layout.pagesDir);
  // Only the Markdown pages: VitePress keeps its configuration under docs/.vitepress.
  rmSync(pagesDir, { recursive: true, force: true });
  const nav = writePeerPages(root, pagesDir, total, layout.titleHeading);
  for (const file of peerConfig(name, TITLE, nav)) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
}
