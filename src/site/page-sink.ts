/**
 * Every page a build renders, handed once, finished, to the features that need all of them: the
 * Content-Security-Policy changes each page as it is rendered, the search index and the social
 * cards read it then. Nothing reads dist/ again afterwards, and the work of reading runs beside
 * the rendering of the next pages (Pagefind in its own process, cards on worker threads) instead
 * of after the last one.
 *
 * An integration adds its steps in `astro:build:start` and takes them away in `astro:build:done`;
 * src/middleware.ts calls finishPage() for every HTML page. The steps live on `globalThis`,
 * because the middleware runs from the build's bundle, which has its own copy of this module.
 * With no steps (`astro dev`, or a build without those integrations) a page goes out unchanged.
 */
import { fileOfPage } from '../shared/urls.ts';

/** A page as it leaves the renderer: its address (without the base) and its HTML. */
export interface FinishedPage {
  /** The path it is rendered at, without the base: `/`, `/uk/the-plan/`, `/404/`. */
  url: string;
  /** The file it is written to, relative to the output folder: `uk/the-plan/index.html`. */
  file: string;
  html: string;
}

/** What one feature does with each page. */
export interface PageSteps {
  /** Returns the page's HTML changed; transforms run in the order their steps were added. */
  transform?: (page: FinishedPage) => string;
  /**
   * Reads the finished page (every transform done). A returned promise holds the page back
   * until it settles: a reader that has fallen behind slows the build rather than hold pages.
   */
  read?: (page: FinishedPage) => void | Promise<void>;
}

const KEY = Symbol.for('peace-plan.page-sink');

function registry(): Map<string, PageSteps> {
  const g = globalThis as unknown as Record<symbol, Map<string, PageSteps> | undefined>;
  return (g[KEY] ??= new Map());
}

/** Adds a feature's steps under its name; a second call with the same name replaces them. */
export function addPageSteps(name: string, steps: PageSteps): void {
  registry().delete(name);
  registry().set(name, steps);
}

/** Takes a feature's steps away. */
export function removePageSteps(name: string): void {
  registry().delete(name);
}

/** Whether any feature waits for pages. */
export function hasPageSteps(): boolean {
  return registry().size > 0;
}

/** Runs every transform, then every reader, on one page; returns its final HTML. */
export async function finishPage(url: string, html: string): Promise<string> {
  const steps = [...registry().values()];
  const file = fileOfPage(url);
  let finished = html;
  for (const step of steps) {
    if (step.transform) finished = step.transform({ url, file, html: finished });
  }
  const page = { url, file, html: finished };
  await Promise.all(steps.map((step) => step.read?.(page)));
  return finished;
}
