/**
 * The build's one diagram renderer, shared by the rehype plugin and the diagram components.
 *
 * - One Chromium for the whole build, launched on the first cache miss only: a rebuild with
 *   unchanged diagrams launches no browser (see `diagramStats().launches`).
 * - A disk cache keyed by sha256 of (source, mermaid version, render settings).
 * - Diagrams asked for within a few milliseconds are drawn together in one page, because loading
 *   mermaid into a page costs far more than drawing a diagram.
 *
 * Astro loads this module more than once (the config and the built pages are separate module
 * graphs), so the state lives on `globalThis`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { CACHE_RENDER_ID, cacheKey, isCachedRender, type CachedRender } from './cache.ts';
import { forRendering } from './source.ts';
import { sentinelThemeVariables } from './theme.ts';
import {
  clientModeWarning,
  detectMode,
  launchChromium,
  sharedBrowserType,
  type DiagramMode,
} from './chromium.ts';

/** Mermaid settings for every diagram. `securityLevel: 'strict'` keeps labels from running code. */
export const MERMAID_CONFIG = {
  securityLevel: 'strict',
  theme: 'base',
  themeVariables: sentinelThemeVariables(),
  fontFamily: 'Arial, "Liberation Sans", Helvetica, sans-serif',
  htmlLabels: false,
  // Labels wrap at about 30 characters (the generated diagrams break lines themselves too).
  flowchart: { htmlLabels: false, wrappingWidth: 260 },
  deterministicIds: true,
} as const;

/** The outcome of asking for a diagram: a cached or fresh render, or "draw it in the browser". */
export type RenderOutcome = ({ kind: 'svg' } & CachedRender) | { kind: 'client' };

type Renderer = (
  diagrams: string[],
  options: object,
) => Promise<PromiseSettledResult<{ svg: string; width: number; height: number; id: string }>[]>;

interface Pending {
  source: string;
  resolve: (value: CachedRender) => void;
  reject: (error: Error) => void;
}

interface State {
  mode?: DiagramMode | undefined;
  warned: boolean;
  browser?: Promise<Browser> | undefined;
  renderer?: Renderer | undefined;
  inflight: Map<string, Promise<CachedRender>>;
  queue: Pending[];
  timer?: ReturnType<typeof setTimeout> | undefined;
  stats: { launches: number; rendered: number; fromCache: number; client: number };
}

const KEY = Symbol.for('peace-plan.diagram-renderer');
const BATCH_WINDOW_MS = 25;
const BATCH_MAX = 30;

function state(): State {
  const g = globalThis as unknown as Record<symbol, State | undefined>;
  return (g[KEY] ??= {
    warned: false,
    inflight: new Map(),
    queue: [],
    stats: { launches: 0, rendered: 0, fromCache: 0, client: 0 },
  });
}

/** The cache folder: `PEACE_DIAGRAM_CACHE`, else `node_modules/.cache/peace-plan-diagrams`. */
export function cacheDir(): string {
  return resolve(process.env['PEACE_DIAGRAM_CACHE'] ?? 'node_modules/.cache/peace-plan-diagrams');
}

let mermaidVersionMemo: string | undefined;
/** The installed mermaid's version, part of the cache key. */
export function mermaidVersion(): string {
  if (!mermaidVersionMemo) {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const pkg = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as {
      version: string;
    };
    mermaidVersionMemo = pkg.version;
  }
  return mermaidVersionMemo;
}

/** How this build draws diagrams; decided once, with one warning for the browser fallback. */
export function diagramMode(): DiagramMode {
  const s = state();
  s.mode ??= detectMode();
  if (s.mode.kind === 'client' && !s.warned) {
    s.warned = true;
    console.warn(clientModeWarning(s.mode.reason));
  }
  return s.mode;
}

function renderer(executablePath: string): Renderer {
  const s = state();
  if (!s.renderer) {
    const getBrowser = () =>
      (s.browser ??= (s.stats.launches++, launchChromium(executablePath)).catch((error: Error) => {
        throw new Error(
          `[diagrams] Could not start the browser at ${executablePath}: ${error.message}\n` +
            '  Fix the installation, point CHROME_PATH at a working Chrome or Chromium, or build with ' +
            "PEACE_DIAGRAMS=client to draw diagrams in the reader's browser.",
        );
      }));
    // Imported lazily: mermaid-isomorphic pulls in playwright, which a cached build never needs.
    const create = import('mermaid-isomorphic').then((m) =>
      m.createMermaidRenderer({ browserType: sharedBrowserType(getBrowser) }),
    );
    s.renderer = async (diagrams, options) => (await create)(diagrams, options);
  }
  return s.renderer;
}

async function flush(executablePath: string): Promise<void> {
  const s = state();
  clearTimeout(s.timer);
  s.timer = undefined;
  const batch = s.queue.splice(0, s.queue.length);
  if (!batch.length) return;
  try {
    const results = await renderer(executablePath)(
      batch.map((p) => p.source),
      { prefix: 'mmdcache', mermaidConfig: MERMAID_CONFIG },
    );
    results.forEach((result, i) => {
      const pending = batch[i]!;
      if (result.status === 'rejected') {
        const reason = result.reason as { message?: string } | undefined;
        pending.reject(new Error(reason?.message ?? String(reason)));
        return;
      }
      const { svg, width, height, id } = result.value;
      s.stats.rendered += 1;
      pending.resolve({
        svg: svg.replace(new RegExp(`${id}(?!\\d)`, 'g'), CACHE_RENDER_ID),
        width,
        height,
      });
    });
  } catch (error) {
    for (const pending of batch) pending.reject(error as Error);
  }
}

function enqueue(source: string, executablePath: string): Promise<CachedRender> {
  const s = state();
  return new Promise<CachedRender>((resolvePromise, reject) => {
    s.queue.push({ source, resolve: resolvePromise, reject });
    if (s.queue.length >= BATCH_MAX) void flush(executablePath);
    else s.timer ??= setTimeout(() => void flush(executablePath), BATCH_WINDOW_MS);
  });
}

function readCache(file: string): CachedRender | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isCachedRender(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renders one mermaid diagram to SVG (from the cache when possible), or reports that it will be
 * drawn in the browser. Rejects with mermaid's message when the diagram has an error.
 */
export async function renderDiagram(diagram: string): Promise<RenderOutcome> {
  const source = forRendering(diagram);
  const mode = diagramMode();
  const s = state();
  if (mode.kind === 'client') {
    s.stats.client += 1;
    return { kind: 'client' };
  }
  const key = cacheKey(source, mermaidVersion(), MERMAID_CONFIG);
  let pending = s.inflight.get(key);
  if (!pending) {
    const file = join(cacheDir(), `${key}.json`);
    const cached = readCache(file);
    if (cached) {
      s.stats.fromCache += 1;
      pending = Promise.resolve(cached);
    } else {
      pending = enqueue(source, mode.executablePath).then((render) => {
        mkdirSync(cacheDir(), { recursive: true });
        writeFileSync(file, JSON.stringify(render));
        return render;
      });
      // A failed render is not remembered, so fixing the diagram and rebuilding tries again.
      pending.catch(() => s.inflight.delete(key));
    }
    s.inflight.set(key, pending);
  }
  return { kind: 'svg', ...(await pending) };
}

/** Counts for this process: browser launches, fresh renders, cache hits, browser-drawn diagrams. */
export function diagramStats(): Readonly<State['stats']> {
  return { ...state().stats };
}

/** Closes the shared browser, if one was launched. Safe to call more than once. */
export async function closeRenderer(): Promise<void> {
  const s = state();
  const browser = s.browser;
  s.browser = undefined;
  s.renderer = undefined;
  if (browser) await (await browser.catch(() => undefined))?.close();
}

/** Forgets the mode, memory cache and counts (for tests that switch modes in one process). */
export function resetRendererForTests(): void {
  const s = state();
  s.mode = undefined;
  s.warned = false;
  s.inflight.clear();
  s.stats = { launches: 0, rendered: 0, fromCache: 0, client: 0 };
}
