/**
 * Safety: the installed mermaid must include the fixes for every published mermaid advisory.
 *
 * 11.16.1 (4 August 2026) is the release that fixed the latest advisories found:
 *   GHSA-6x64-9x62-f2gx (CSS injection reaching sibling elements, CVE-2026-50159),
 *   GHSA-2v8p-3f2j-5mp7 (XY chart infinite loop, CVE-2026-71436),
 *   GHSA-3rrr-jr9j-h3q3 (architecture diagram prototype pollution, CVE-2026-71437),
 *   GHSA-rhh3-jpg6-66xh (radar diagram DoS, CVE-2026-71439),
 *   GHSA-c4c3-pg64-4m4v (configuration API prototype pollution, CVE-2026-71438).
 * It also contains the earlier fixes: 11.15.0 for GHSA-xcj9-5m2h-648r, GHSA-87f9-hvmw-gh4p,
 * GHSA-ghcm-xqfw-q4vr and GHSA-6m6c-36f7-fhxh; 11.10.0 for GHSA-7rqq-prvp-x9jh and
 * GHSA-8gwm-58g9-j8pw. The 12.x line was released after 11.16.1. When a new advisory is
 * published, raise MINIMUM to its patched version.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MINIMUM = '11.16.1';

/** Compares two x.y.z versions (pre-release tags sort before the release). */
function compare(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('-', 2);
    return { nums: core.split('.').map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i += 1) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d) return d;
  }
  if (x.pre && !y.pre) return -1;
  if (!x.pre && y.pre) return 1;
  return 0;
}

function versionSeenFrom(dir: string): string {
  const require = createRequire(join(process.cwd(), dir, 'package.json'));
  return (
    JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }
  ).version;
}

describe('mermaid safety', () => {
  it('compares versions the way npm does for releases', () => {
    expect(compare('11.16.1', '11.16.1')).toBe(0);
    expect(compare('11.16.0', '11.16.1')).toBeLessThan(0);
    expect(compare('11.9.0', '11.16.1')).toBeLessThan(0);
    expect(compare('12.0.0-rc.1', '12.0.0')).toBeLessThan(0);
    expect(compare('12.3.0', '11.16.1')).toBeGreaterThan(0);
  });

  it.each(['.', 'node_modules/mermaid-isomorphic'])(
    `the mermaid that %s loads is ${MINIMUM} or newer`,
    (dir) => {
      expect(compare(versionSeenFrom(dir), MINIMUM)).toBeGreaterThanOrEqual(0);
    },
  );
});
