import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatMs,
  markdownTable,
  median,
  medianOfRuns,
  resourceKind,
} from '../../../bench/stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores values that are not numbers and is NaN for none', () => {
    expect(median([Number.NaN, 7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});

describe('medianOfRuns', () => {
  it('takes the median of each field separately', () => {
    const runs = [
      { fcp: 90, requests: 3 },
      { fcp: 70, requests: 3 },
      { fcp: 400, requests: 4 },
    ];
    expect(medianOfRuns(runs)).toEqual({ fcp: 90, requests: 3 });
  });
});

describe('resourceKind', () => {
  it.each([
    ['text/html; charset=utf-8', 'http://127.0.0.1/x/', 'html'],
    ['text/css', 'http://127.0.0.1/_astro/a.css', 'css'],
    ['text/javascript', 'http://127.0.0.1/pagefind/pagefind.js', 'js'],
    ['image/svg+xml', 'http://127.0.0.1/favicon.svg', 'svg'],
    ['application/wasm', 'http://127.0.0.1/pagefind/wasm.en.pagefind', 'other'],
    ['', 'http://127.0.0.1/app.mjs?v=2', 'js'],
  ] as const)('%s %s is %s', (mime, url, kind) => {
    expect(resourceKind(mime, url)).toBe(kind);
  });
});

describe('formatting', () => {
  it('writes bytes in B, KB, MB and GB of 1,000', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(14_230)).toBe('14.2 KB');
    expect(formatBytes(3_410_000)).toBe('3.41 MB');
    expect(formatBytes(25_276_060_000)).toBe('25.3 GB');
    expect(formatBytes(Number.NaN)).toBe('n/a');
  });
  it('writes times in ms, then s past ten seconds', () => {
    expect(formatMs(86.6)).toBe('87 ms');
    expect(formatMs(12_440)).toBe('12.4 s');
  });
  it('writes a Markdown table and escapes pipes in cells', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe(
      '| a | b |\n| --- | --- |\n| 1 | x\\|y |',
    );
  });
});
