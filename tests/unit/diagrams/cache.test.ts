import { describe, expect, it } from 'vitest';
import { cacheKey, isCachedRender, stableJson } from '../../../src/diagrams/cache.ts';

describe('cacheKey', () => {
  const config = { theme: 'base', themeVariables: { a: '#5e1000', b: '#5e1001' } };
  const key = cacheKey('flowchart LR\n A --> B', '12.3.0', config);

  it('is a sha256 hex digest', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the source, the mermaid version and the settings', () => {
    expect(cacheKey('flowchart LR\n A --> C', '12.3.0', config)).not.toBe(key);
    expect(cacheKey('flowchart LR\n A --> B', '12.3.1', config)).not.toBe(key);
    expect(cacheKey('flowchart LR\n A --> B', '12.3.0', { ...config, theme: 'dark' })).not.toBe(
      key,
    );
  });

  it('does not change with key order or line endings', () => {
    const reordered = { themeVariables: { b: '#5e1001', a: '#5e1000' }, theme: 'base' };
    expect(cacheKey('flowchart LR\r\n A --> B', '12.3.0', reordered)).toBe(key);
  });
});

describe('stableJson and isCachedRender', () => {
  it('sorts keys and drops undefined values', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });

  it('accepts only a stored render', () => {
    expect(isCachedRender({ svg: '<svg></svg>', width: 1, height: 2 })).toBe(true);
    expect(isCachedRender({ svg: 'oops', width: 1, height: 2 })).toBe(false);
    expect(isCachedRender({ svg: '<svg></svg>' })).toBe(false);
    expect(isCachedRender(null)).toBe(false);
  });
});
