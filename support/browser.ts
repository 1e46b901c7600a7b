/**
 * Launch the system Chromium through playwright-core, headless, with a fresh profile and the flags
 * this closed network needs. No test downloads a browser. The paths and flags are the build's own
 * (src/diagrams/chromium.ts), so tests and diagrams always use the same browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, WELL_KNOWN_CHROMES } from '../src/diagrams/chromium.ts';

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

/** A headless Chromium. Close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
}
