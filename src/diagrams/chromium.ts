/**
 * Finding and launching the Chrome or Chromium that draws diagrams at build time. No browser is
 * ever downloaded: we use the one installed on the machine, or none.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserType } from 'playwright-core';

/**
 * Where we look when CHROME_PATH is not set, in order. Debian's headless shell (package
 * chromium-headless-shell) comes first: the same engine as its chromium without the browser's
 * own interface, it starts pages and contexts in about half the time.
 */
export const WELL_KNOWN_CHROMES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless build machine: no sandbox (containers run as root), no network chatter. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How diagrams are drawn: at build time into SVG, or by the reader's browser. */
export type DiagramMode =
  { kind: 'svg'; executablePath: string } | { kind: 'client'; reason: string };

/**
 * Decides the mode from the environment: `PEACE_DIAGRAMS=client` forces the browser fallback;
 * otherwise `CHROME_PATH` (which must exist) or the first well-known path that exists.
 */
export function detectMode(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): DiagramMode {
  if (env['PEACE_DIAGRAMS'] === 'client') {
    return { kind: 'client', reason: 'PEACE_DIAGRAMS=client is set.' };
  }
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return { kind: 'svg', executablePath: fromEnv };
    return { kind: 'client', reason: `CHROME_PATH is set to ${fromEnv}, but no file is there.` };
  }
  const found = WELL_KNOWN_CHROMES.find((path) => exists(path));
  if (found) return { kind: 'svg', executablePath: found };
  return {
    kind: 'client',
    reason: `No Chrome or Chromium found (CHROME_PATH is not set; looked at ${WELL_KNOWN_CHROMES.join(', ')}).`,
  };
}

/** The one warning printed when diagrams cannot be drawn at build time. */
export function clientModeWarning(reason: string): string {
  return [
    `[diagrams] ${reason}`,
    "  Diagrams will be drawn in the reader's browser (mermaid loads on pages that have one) instead of",
    '  shipping as inline SVG. To draw them at build time, install Chromium (Debian/Ubuntu:',
    '  `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium executable.',
  ].join('\n');
}

/**
 * A playwright `BrowserType` whose `launch()` hands out one shared, already running browser.
 * mermaid-isomorphic closes "its" browser whenever it has no render in flight; here that only
 * closes the context it opened, so the real browser lives for the whole build. mermaid-isomorphic
 * does not await that close, so a close that fails (the build already shut the browser) is
 * swallowed instead of crashing the process as an unhandled rejection.
 */
export function sharedBrowserType(getBrowser: () => Promise<Browser>): BrowserType {
  const launch = async () => {
    const browser = await getBrowser();
    const contexts: BrowserContext[] = [];
    const closeAll = async () => {
      await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
    };
    return {
      newContext: async (options?: Parameters<Browser['newContext']>[0]) => {
        const context = await browser.newContext(options);
        contexts.push(context);
        return { newPage: () => context.newPage(), close: closeAll };
      },
      close: closeAll,
    };
  };
  return { launch } as unknown as BrowserType;
}

/** Launches headless Chromium with the build flags, or connects to the shared one. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // A Chromium already running for this process tree (the browser tests start one for all).
  const shared = process.env[SHARED_BROWSER_ENV];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath, args: CHROME_ARGS });
}

/** The environment variable that names a running Chromium's WebSocket endpoint to connect to. */
export const SHARED_BROWSER_ENV = 'PEACE_BROWSER_WS';
