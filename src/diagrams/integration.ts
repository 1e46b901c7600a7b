/**
 * Astro integration for diagrams: decides once per build whether diagrams are drawn at build time
 * (a Chromium was found) or in the reader's browser, injects the small lazy loader only in the
 * second case, fails the build for a broken diagram in a `.md` entry (Astro would only log it),
 * and closes the shared browser when the build is done.
 */
import type { AstroIntegration } from 'astro';
import { outstandingFailures } from './failures.ts';
import { closeRenderer, diagramMode, diagramStats } from './renderer.ts';

/** The module the browser fallback loads on every page; it fetches mermaid only where a diagram is. */
export const FALLBACK_SCRIPT = "import '/src/diagrams/client/fallback.ts';";

function failIfBroken(): void {
  const failures = outstandingFailures();
  if (!failures.length) return;
  const error = new Error(
    `${failures.length} file(s) have a broken diagram:\n\n${failures.join('\n\n')}`,
  );
  error.name = 'DiagramError';
  throw error;
}

/** The integration. Add it to `integrations` in astro.config.mjs. */
export default function diagrams(): AstroIntegration {
  return {
    name: 'peace-plan-diagrams',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        if (diagramMode().kind === 'client') injectScript('page', FALLBACK_SCRIPT);
        // The browser dies with the process anyway; this closes it politely on early exits.
        // Registered once per process: `astro dev` runs this hook again on every config change.
        const flag = Symbol.for('peace-plan.diagram-exit-hook');
        const g = globalThis as unknown as Record<symbol, boolean | undefined>;
        if (!g[flag]) {
          g[flag] = true;
          process.once('beforeExit', () => void closeRenderer());
        }
      },
      // Content entries (.md) are rendered before this hook, during the content sync.
      'astro:build:start': () => failIfBroken(),
      'astro:build:done': async ({ logger }) => {
        await closeRenderer();
        const s = diagramStats();
        logger.info(
          `diagrams: ${s.fromCache} from cache, ${s.rendered} rendered, browser launched ${s.launches} time(s)` +
            (s.client ? `, ${s.client} left for the reader's browser` : ''),
        );
        failIfBroken();
      },
    },
  };
}
