/**
 * The content check in `astro dev`. The contentCheck() integration checks content/ once as the
 * server starts; this Vite plugin checks it again a moment after each file in content/ changes
 * (the whole folder: a renamed actor breaks the files that name it), with the diagrams' syntax
 * judged by Mermaid's parser as `npm run check` does. While there are errors:
 *
 * - the open page shows them in Astro's error overlay (a Vite `error` message), with the report
 *   `npm run check` prints and the file of the first problem open at its line;
 * - every page request is answered with that overlay instead of the page (marked with
 *   CONTENT_ERRORS_HEADER), so no page renders as if nothing were wrong, nor from content the
 *   build would refuse;
 * - when the last error is fixed, the browser reloads and shows the page.
 *
 * The terminal gets the same report whenever it changes. The interface dictionaries, which
 * `npm run check` also compares, are source code: the dev server compiles them itself.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { coalescedTask, normaliseBase, withoutBase } from '../shared/index.ts';
import { checkContentFolder, withDiagramSyntax } from './check/index.ts';
import type { CheckResult } from './check/check.ts';
import {
  CONTENT_ERRORS_HEADER,
  blockingProblems,
  errorPageHtml,
  isPageRequest,
  overlayError,
  type OverlayError,
} from './dev-overlay.ts';
import { formatReport, isError, type Problem } from './problems.ts';

/** How long after the last change in content/ the check runs, so a burst of saves checks once. */
const DELAY_MS = 150;

/** Where the dev check reports: the integration's logger. */
export interface CheckLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Print a check's problems as the integration does at start: errors as an error, warnings and
 * notes alone as a warning, none as one line.
 * @param folder The content folder as the contributor names it ("content").
 */
export function logReport(log: CheckLogger, folder: string, problems: readonly Problem[]): void {
  if (problems.length === 0) log.info(`${folder}/ checked: no problems.`);
  else if (problems.some(isError)) log.error(formatReport(problems));
  else log.warn(formatReport(problems));
}

/** A message to the browser, as Vite's HMR channel sends it. */
export type DevMessage =
  { type: 'error'; err: OverlayError } | { type: 'full-reload'; path: string };

/** What {@link createDevCheck} needs. */
export interface DevCheckOptions {
  /** The content folder, absolute. */
  contentDir: string;
  /** The content folder as named in the terminal ("content"). */
  folder: string;
  /** The check the integration ran as the server started; its diagrams are judged next. */
  first: CheckResult;
  log: CheckLogger;
  /** Send a message to every open page (Vite's HMR channel). */
  send: (message: DevMessage) => void;
  /** Default: 150 ms. */
  delayMs?: number;
  /**
   * The check of the folder: the content check with its diagrams' syntax by default. Replaced
   * in tests.
   */
  check?: (contentDir: string) => Promise<readonly Problem[]>;
}

/** The dev check's state: what it found, and the trigger for a new check. */
export interface DevCheck {
  /** Judge the diagrams of the first check (once, as the server starts). */
  start(): void;
  /** A file changed (absolute path): check again after the pause. */
  changed(file: string): void;
  /** Resolves when no check is pending or running. */
  settled(): Promise<void>;
  /** The overlay's error for the current problems, or undefined when no error blocks pages. */
  error(): OverlayError | undefined;
  /** The errors' report, as `npm run check` prints it ("" when there are none). */
  report(): string;
  /** How many errors there are. */
  errors(): number;
  stop(): void;
}

/** The dev check: runs the content check on changes and tells the open pages what it found. */
export function createDevCheck(options: DevCheckOptions): DevCheck {
  const check = options.check ?? ((dir: string) => withDiagramSyntax(checkContentFolder(dir)));
  // Problems name files from the content folder's parent ("content/…"); so do the changes here.
  const base = dirname(options.contentDir);
  const watched = options.contentDir.endsWith(sep)
    ? options.contentDir
    : `${options.contentDir}${sep}`;
  let problems: readonly Problem[] = options.first.problems;
  let logged = formatReport(problems);
  let changed: string | undefined;

  const read = (file: string): string | undefined => {
    try {
      return readFileSync(join(base, file), 'utf8');
    } catch {
      return undefined; // deleted since: the overlay shows the message without the code
    }
  };
  const error = () => overlayError(problems, { root: base.split(sep).join('/'), changed, read });

  const checkFolder = () => check(options.contentDir);

  function publish(before: readonly Problem[]): void {
    const report = formatReport(problems);
    if (report !== logged) {
      logged = report;
      logReport(options.log, options.folder, problems);
    }
    const shown = error();
    if (shown) options.send({ type: 'error', err: shown });
    // The pages that showed the overlay load again, now that nothing blocks them.
    else if (before.some(isError)) options.send({ type: 'full-reload', path: '*' });
  }

  // The first run judges the diagrams of the check the server started with; later ones check
  // the folder again.
  let next: () => Promise<readonly Problem[]> = checkFolder;
  const task = coalescedTask(async () => {
    const checked = next;
    next = checkFolder;
    const before = problems;
    try {
      problems = await checked();
      publish(before);
    } catch (failure) {
      const message = failure instanceof Error ? (failure.stack ?? failure.message) : failure;
      options.log.error(`The content check could not run:\n${String(message)}`);
    }
  }, options.delayMs ?? DELAY_MS);

  return {
    start() {
      next = () => withDiagramSyntax(options.first);
      task.runNow();
    },
    changed(file) {
      if (!file.startsWith(watched)) return;
      changed = relative(base, file).split(sep).join('/');
      task.schedule();
    },
    settled: task.settled,
    error,
    report: () => formatReport(blockingProblems(problems)),
    errors: () => blockingProblems(problems).length,
    stop: task.stop,
  };
}

/**
 * The Vite plugin of `astro dev` (the contentCheck() integration adds it): the dev check on the
 * server's watcher, its messages on the HMR channel, and the overlay instead of pages while
 * content has errors.
 */
export function devContentCheck(options: Omit<DevCheckOptions, 'send'>): Plugin {
  return {
    name: 'peace-plan:content-check-dev',
    apply: 'serve',
    configureServer(server) {
      const state = createDevCheck({
        ...options,
        // To each open page's socket, as written: Astro rewrites errors sent through
        // `server.ws.send()` (it renders their message as Markdown once more), and the overlay
        // must read as the page served in place of a page does.
        send: (message) => server.ws.clients.forEach((client) => client.send(message)),
      });
      const siteBase = normaliseBase(server.config.base);
      const client = posix.join(server.config.base, '/@vite/client');
      server.watcher.on('all', (_event, file) => state.changed(file));
      server.httpServer?.once('close', () => state.stop());
      // Added before Astro's own handlers (which it adds after every plugin's), so a page
      // request waits for a check under way and gets the overlay while content has errors.
      server.middlewares.use((req, res, next) => {
        const request = {
          method: req.method,
          url: withoutBase(siteBase, req.url ?? '/'),
          accept: req.headers.accept,
        };
        if (!isPageRequest(request)) return next();
        state.settled().then(() => {
          const shown = state.error();
          if (!shown) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.setHeader(CONTENT_ERRORS_HEADER, String(state.errors()));
          res.end(errorPageHtml(shown, state.report(), client));
        }, next);
      });
      state.start();
    },
  };
}
