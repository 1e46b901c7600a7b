/**
 * The built pages through the W3C Nu HTML Checker (vnu.jar from the vnu-jar package, run on the
 * machine's Java): the checker the HTML standard's editors maintain, which catches what
 * html-validate's rules do not (a script after </html>, for one). Every page must have no error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../support/static-server.ts';

const jar = createRequire(import.meta.url)('vnu-jar') as string;

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * What the checker's CSS validator gets wrong about valid CSS: it does not know `paint-order`
 * (CSS Fill and Stroke, in every browser since 2017) or container queries (the `container`
 * property and `@container`, in every browser since 2023), and it fails inside itself on a custom
 * property whose value is `light-dark()`. Each is matched exactly, so any other CSS message still
 * fails the test.
 */
const CSS_VALIDATOR_GAPS = [
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
  /^CSS: “container”: Property “container” doesn't exist\.$/,
  /^CSS: Unrecognized at-rule “@container”$/,
  /^CSS: “--[a-z-]+”: Cannot invoke "org\.w3c\.css\.values\.CssValue\.getType\(\)" because "val" is null\.$/,
];

/** Run the checker on files or folders; the messages it reports. */
function nu(...paths: string[]): NuMessage[] {
  const run = spawnSync(
    'java',
    // A short run: the quick compiler alone, and one thread collecting garbage, spend half the
    // processor time of Java's defaults on it.
    [
      '-Xss4m',
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-jar',
      jar,
      '--errors-only',
      '--format',
      'json',
      '--skip-non-html',
      ...paths,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) {
    throw new Error(
      `The Nu HTML Checker needs Java (${run.error.message}). Install it: apt-get install -y default-jre-headless`,
    );
  }
  return (JSON.parse(run.stderr || '{"messages":[]}') as { messages: NuMessage[] }).messages;
}

describe('W3C Nu HTML Checker', () => {
  it('finds no error in any built page', () => {
    const errors = nu(DIST_DIR)
      .filter((m) => !CSS_VALIDATOR_GAPS.some((gap) => gap.test(m.message)))
      .map((m) => `${m.url?.replace(/^file:/, '')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });

  it('rejects a module script after </html>, as it did on the search page', () => {
    const html = readFileSync(join(DIST_DIR, 'search/index.html'), 'utf8');
    const stray = join(mkdtempSync(join(tmpdir(), 'nu-')), 'stray.html');
    writeFileSync(
      stray,
      html.replace('</html>', '</html><script type="module" src="/x.js"></script>'),
    );
    expect(nu(stray).map((m) => m.message)).toContain('Stray start tag “script”.');
  });
});
