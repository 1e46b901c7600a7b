/**
 * The diagram cache key. A rendered diagram can be reused as long as its source, the mermaid
 * release and the render settings (theme variables included) are the same; anything else that
 * changes the shipped SVG happens after the cache, on every build. Pure.
 */
import { createHash } from 'node:crypto';

/** The stored result of one render, before post-processing. */
export interface CachedRender {
  /** The SVG exactly as mermaid wrote it, with the neutral id {@link CACHE_RENDER_ID}. */
  svg: string;
  width: number;
  height: number;
}

/** The id a diagram is rendered and cached with; replaced with the page's id on use. */
export const CACHE_RENDER_ID = 'mmdcache-0';

/** Serialises a value with sorted object keys, so equal settings always give equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 (hex) of the diagram source, the mermaid version and the render settings. */
export function cacheKey(source: string, mermaidVersion: string, config: unknown): string {
  return createHash('sha256')
    .update(stableJson({ source: source.replace(/\r\n?/g, '\n'), mermaidVersion, config }))
    .digest('hex');
}

/** True when a parsed cache file has the shape of a {@link CachedRender}. */
export function isCachedRender(value: unknown): value is CachedRender {
  const v = value as Partial<CachedRender> | null;
  return (
    !!v &&
    typeof v.svg === 'string' &&
    v.svg.startsWith('<svg') &&
    typeof v.width === 'number' &&
    typeof v.height === 'number'
  );
}
