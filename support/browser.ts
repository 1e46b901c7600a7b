/**
 * Launch the system Chromium through playwright-core, headless, with a fresh profile and the flags
 * this closed network needs. No test downloads a browser. The paths and flags are the build's own
 * (src/diagrams/chromium.ts), so tests and diagrams always use the same browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, SHARED_BROWSER_ENV, WELL_KNOWN_CHROMES } from '../src/diagrams/chromium.ts';

/** The Chromium executable: CHROME_PATH, else the first well-known path that exists. */
export function chromePath(): string {
  const found = [process.env['CHROME_PATH'], ...WELL_KNOWN_CHROMES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

/**
 * A headless Chromium. Close it in afterAll. Under the browser tests this connects to the one
 * Chromium their global setup started (tests/browser/global-setup.ts), and closing it only ends
 * the connection and its contexts.
 */
export function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER_ENV];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
}

/** Start a Chromium that others connect to (see {@link launchBrowser}); its WebSocket endpoint. */
export async function startSharedBrowser(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = await chromium.launchServer({ executablePath: chromePath(), args: CHROME_ARGS });
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}
