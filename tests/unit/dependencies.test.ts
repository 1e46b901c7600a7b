/**
 * Dependency hygiene: `npm ci` installs exactly what package-lock.json pins, so the lockfile is
 * what these tests read. Every entry must carry an integrity hash (npm then refuses a tarball
 * that does not match it), and the packages that run on content or ship code to readers must be
 * at least the release that fixed their latest published security advisory.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  inBundle?: boolean;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/**
 * The lowest safe version of each package, with the advisories that set it. When a new
 * advisory is published, raise the floor here to its fixed release (and upgrade the package).
 */
const MINIMUM_VERSIONS: Record<string, { version: string; advisories: string }> = {
  // GHSA-6x64-9x62-f2gx (CVE-2026-50159, CSS injection through class/id names),
  // GHSA-2v8p-3f2j-5mp7 (CVE-2026-71436, XY chart infinite loop), CVE-2026-71437,
  // GHSA-c4c3-pg64-4m4v (CVE-2026-71438, prototype pollution in config APIs),
  // GHSA-rhh3-jpg6-66xh (CVE-2026-71439, radar chart CPU exhaustion): fixed in 11.16.1.
  // (Earlier: GHSA-ghcm-xqfw-q4vr, GHSA-xcj9-5m2h-648r, GHSA-87f9-hvmw-gh4p, fixed in 11.15.0.)
  mermaid: { version: '11.16.1', advisories: 'GHSA-6x64-9x62-f2gx, GHSA-2v8p-3f2j-5mp7, …' },
  // GHSA-26w7-cxv4-gfx2 (RCE through AVIF image optimisation) and GHSA-376h-93r7-7g6f:
  // fixed in 7.2.8.
  astro: { version: '7.2.8', advisories: 'GHSA-26w7-cxv4-gfx2, GHSA-376h-93r7-7g6f' },
  // GHSA-gprj-6m2f-j9hx (CVE-2024-45389, DOM clobbering of document.currentScript makes the
  // search UI load its code from another host): fixed in 1.1.1. No later advisory published.
  pagefind: { version: '1.1.1', advisories: 'GHSA-gprj-6m2f-j9hx' },
};

/** Compares two versions `a.b.c[-pre]`: negative when a < b. A pre-release sorts before its release. */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('-', 2);
    return { parts: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i += 1) {
    const diff = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** Every installed copy of a package: `node_modules/name`, nested copies included. */
function installed(name: string): Array<[string, string]> {
  return Object.entries(lock.packages)
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map(([path, entry]) => [path, entry.version ?? '']);
}

describe('package-lock.json', () => {
  it('is a lockfile npm ci can install from (version 3)', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('has an integrity hash for every package', () => {
    // The root ("") is this project; links point at folders; bundled packages come inside
    // their parent's tarball, which is itself checked.
    const missing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.link && !entry.inBundle)
      .filter(([, entry]) => !/^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(entry.integrity ?? ''))
      .map(([path]) => path);
    expect(missing, `entries without an integrity hash; reinstall them with npm i`).toEqual([]);
  });
});

describe('security floors', () => {
  it.each(Object.entries(MINIMUM_VERSIONS))(
    '%s is at least the release that fixed its latest advisory',
    (name, { version, advisories }) => {
      const copies = installed(name);
      expect(copies.length, `${name} is not in package-lock.json`).toBeGreaterThan(0);
      for (const [path, found] of copies) {
        expect(
          compareVersions(found, version),
          `${path} is ${found}, older than ${version} which fixed ${advisories}: npm i -D --save-exact ${name}@latest`,
        ).toBeGreaterThanOrEqual(0);
      }
    },
  );

  it('ships search code from pagefind binaries of the same version as pagefind', () => {
    // The search JavaScript readers load is written by the platform binary, not the wrapper.
    const [[, wrapper] = ['', '']] = installed('pagefind');
    const binaries = Object.entries(lock.packages).filter(([path]) =>
      /node_modules\/@pagefind\/(linux|darwin|windows|freebsd)-[a-z0-9]+$/.test(path),
    );
    expect(binaries.length).toBeGreaterThan(0);
    for (const [path, entry] of binaries) expect(entry.version, path).toBe(wrapper);
  });

  it('compares versions numerically, with pre-releases before releases', () => {
    expect(compareVersions('11.16.1', '11.9.9')).toBeGreaterThan(0);
    expect(compareVersions('7.2.7', '7.2.8')).toBeLessThan(0);
    expect(compareVersions('12.0.0', '12.0.0')).toBe(0);
    expect(compareVersions('7.2.8-beta.1', '7.2.8')).toBeLessThan(0);
    expect(compareVersions('1.1.1', '1.1.1-alpha')).toBeGreaterThan(0);
  });
});
