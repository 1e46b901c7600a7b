import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  hashScript,
  headersFile,
  injectCspMeta,
  inlineScripts,
} from '../../../src/security/csp.ts';
import { applyCsp } from '../../../src/security/integration.ts';

describe('hashScript', () => {
  it("matches the CSP specification's example hash", () => {
    expect(hashScript("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('hashes the exact characters, whitespace included', () => {
    expect(hashScript('a')).not.toBe(hashScript('a '));
  });
});

describe('inlineScripts', () => {
  it('leaves out JSON-LD and JSON data blocks, which never run', () => {
    const html =
      '<head><script type="application/ld+json">{"@context":"https://schema.org"}</script>' +
      "<script type='application/json'>{}</script><script>run()</script></head>";
    expect(inlineScripts(html)).toEqual(['run()']);
  });

  it('returns the raw text of inline scripts and skips scripts with src', () => {
    const html =
      '<head><script>var a = "<b>";</script><script type="module" src="/_astro/x.js"></script>' +
      '<SCRIPT type="module">\nimport("/x.js")\n</SCRIPT ></head><body><script></script></body>';
    expect(inlineScripts(html)).toEqual(['var a = "<b>";', '\nimport("/x.js")\n', '']);
  });
});

describe('buildCsp', () => {
  it('allows only self, wasm and the given hashes for scripts, never unsafe-inline', () => {
    const csp = buildCsp({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-b'"] });
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(csp).toMatch(/^default-src 'self'; /);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp.split(';').find((d) => d.includes('script-src'))).not.toContain('unsafe-inline');
    expect(csp).not.toContain('frame-ancestors');
  });

  it("adds frame-ancestors 'none' for the header version", () => {
    expect(buildCsp({ scriptHashes: [], frameAncestors: true })).toMatch(
      /; frame-ancestors 'none'$/,
    );
  });
});

describe('injectCspMeta', () => {
  const csp = "default-src 'self'";
  const tag = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;

  it('puts the policy right after <meta charset>, or first in <head>', () => {
    expect(injectCspMeta('<html><head><meta charset="utf-8"><title>T</title>', csp)).toBe(
      `<html><head><meta charset="utf-8">${tag}<title>T</title>`,
    );
    expect(injectCspMeta('<head lang="en"><title>T</title>', csp)).toBe(
      `<head lang="en">${tag}<title>T</title>`,
    );
  });

  it('replaces an earlier policy instead of adding a second one', () => {
    const once = injectCspMeta('<head><title>T</title>', "script-src 'none'");
    expect(injectCspMeta(once, csp)).toBe(`<head>${tag}<title>T</title>`);
  });

  it('escapes quotes and fails on a page without <head>', () => {
    expect(injectCspMeta('<head>', 'a"b&c')).toContain('content="a&quot;b&amp;c"');
    expect(() => injectCspMeta('<p>no head</p>', csp)).toThrow(/no <head>/);
  });
});

describe('headersFile', () => {
  it('adds the policy and the security headers to the /* block of the template', () => {
    const template =
      '# comment\n/*\n  X-Frame-Options: DENY\n\n/fonts/*\n  Cache-Control: max-age=1\n';
    expect(headersFile(template, 'CSP')).toBe(
      '# comment\n/*\n  Content-Security-Policy: CSP\n  X-Frame-Options: DENY\n' +
        '  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n' +
        '\n/fonts/*\n  Cache-Control: max-age=1\n',
    );
  });

  it('replaces an old policy, and writes a whole block when there is no template', () => {
    const once = headersFile('', 'OLD');
    expect(headersFile(once, 'NEW')).toBe(headersFile('', 'NEW'));
    expect(headersFile('', 'NEW')).toMatch(/^\/\*\n {2}Content-Security-Policy: NEW\n/);
  });
});

describe('applyCsp on a built folder', () => {
  it('gives each page its own hashes and _headers the union, with frame-ancestors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'index.html'), '<head><script>one()</script></head>');
      writeFileSync(join(dir, 'a/index.html'), '<head><script>two()</script></head>');
      const result = applyCsp(dir, '/*\n  X-Frame-Options: DENY\n');
      expect(result).toEqual({
        pages: 2,
        hashes: [hashScript('one()'), hashScript('two()')].sort(),
      });
      const page = readFileSync(join(dir, 'a/index.html'), 'utf8');
      expect(page).toContain(hashScript('two()'));
      expect(page).not.toContain(hashScript('one()'));
      const headers = readFileSync(join(dir, '_headers'), 'utf8');
      expect(headers).toContain(hashScript('one()'));
      expect(headers).toContain(hashScript('two()'));
      expect(headers).toContain("frame-ancestors 'none'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
