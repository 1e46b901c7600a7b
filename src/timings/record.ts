/**
 * Records where a build's time goes, for `npm run bench` (see phases.ts for what it makes of
 * it). Nothing is recorded unless PEACE_BUILD_TIMINGS names a file; the build then writes its
 * timings there as JSON when it ends.
 *
 * - `timed(integration)`: the same integration, each hook timed.
 * - `timedPlugin(name, plugin)`: the same remark or rehype plugin, its work on every file timed.
 * - `buildTimings()`: the integration that marks the build's moments and writes the file. It
 *   goes first in `integrations`, so its hooks run before the others' of the same name.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { BuildTimings, MarkName } from './phases.ts';

const FILE = process.env['PEACE_BUILD_TIMINGS'];

const timings: BuildTimings = { marks: {}, hooks: [], plugins: [], pages: 0 };
const now = () => performance.now();

/** Sets a moment the first time it is reached, or every time when `last`. */
function mark(name: MarkName, last = false): void {
  if (last || timings.marks[name] === undefined) timings.marks[name] = now();
}

/** The integration with each of its hooks timed; the same object when nothing is recorded. */
export function timed(integration: AstroIntegration): AstroIntegration {
  if (!FILE) return integration;
  const hooks: AstroIntegration['hooks'] = {};
  for (const [hook, fn] of Object.entries(integration.hooks) as [string, Function][]) {
    (hooks as Record<string, Function>)[hook] = async (...args: unknown[]) => {
      const started = now();
      try {
        return await fn(...args);
      } finally {
        timings.hooks.push({ integration: integration.name, hook, ms: now() - started });
      }
    };
  }
  return { ...integration, hooks };
}

type Transformer = (tree: unknown, file: unknown, next?: unknown) => unknown;

/**
 * A unified plugin whose transformer is timed, over every file. Works for plugins whose
 * transformer returns a value or a promise (all of this project's); the name is what the bench
 * prints.
 */
export function timedPlugin<P extends (...options: never[]) => unknown>(
  name: string,
  plugin: P,
): P {
  if (!FILE) return plugin;
  const entry = { name, ms: 0, calls: 0 };
  timings.plugins.push(entry);
  return function (this: unknown, ...options: never[]) {
    const transformer = plugin.apply(this, options) as Transformer | undefined;
    if (typeof transformer !== 'function') return transformer;
    return (tree: unknown, file: unknown) => {
      const started = now();
      entry.calls += 1;
      const result = transformer(tree, file);
      if (result instanceof Promise) {
        return result.finally(() => {
          entry.ms += now() - started;
        });
      }
      entry.ms += now() - started;
      return result;
    };
  } as P;
}

/** The integration that marks the build's moments and writes PEACE_BUILD_TIMINGS at the end. */
export function buildTimings(): AstroIntegration {
  return {
    name: 'peace-plan:build-timings',
    hooks: !FILE
      ? {}
      : {
          'astro:config:done': () => mark('configDone'),
          'astro:build:start': () => mark('buildStart'),
          'astro:build:setup': ({ updateConfig }) => {
            updateConfig({
              plugins: [
                {
                  name: 'peace-plan:build-timings',
                  buildStart: () => mark('bundleStart'),
                  closeBundle: () => mark('bundleEnd', true),
                },
              ],
            });
          },
          'astro:build:generated': () => mark('generated'),
          'astro:build:done': ({ assets }) => {
            mark('doneStart');
            timings.pages = [...assets.values()].reduce((n, urls) => n + urls.length, 0);
            // Written when every other integration's astro:build:done has run and the build ends.
            process.once('exit', () => {
              mark('doneEnd');
              writeFileSync(FILE, JSON.stringify(timings, null, 2));
            });
          },
        },
  };
}
