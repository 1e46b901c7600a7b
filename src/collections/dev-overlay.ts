/**
 * The content check's problems as `astro dev` shows them in the browser: the error Vite's client
 * hands to Astro's error overlay, and the page served instead of a page while content/ has
 * errors. The overlay's message is the report `npm run check` prints (formatReport()), word for
 * word; its code view opens the file of the first problem at its line. Pure: the dev plugin
 * (dev-check.ts) reads the files and talks to the server.
 */
import { formatReport, isError, sortProblems, type Problem } from './problems.ts';

/** The name the overlay shows above its title, and the plugin it says the error came from. */
export const OVERLAY_NAME = 'Content check';

/**
 * The response header of the page served in place of a page while content has errors (its value
 * is how many). The dev search crawl (src/dev/) stops at it: a page is never rendered from
 * content the check refuses, which would throw the build's own errors at the open pages.
 */
export const CONTENT_ERRORS_HEADER = 'x-peace-plan-content-errors';

/**
 * The error object of a Vite `{ type: 'error', err }` message, in the shape Astro's overlay
 * reads: `message` and `hint` are HTML (the overlay sets them as innerHTML), `loc` names the
 * file and line, `highlightedCode` is the file with that line marked.
 */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
  plugin: string;
  /** The absolute path of the file the overlay opens. */
  id: string;
  /** Where: `column` is 0 when the problem names none (the overlay then shows the line only). */
  loc: { file: string; line: number; column: number };
  highlightedCode?: string;
}

/** Text made safe to place in HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The errors among the problems (warnings and notes never block a page), in report order. */
export function blockingProblems(problems: readonly Problem[]): Problem[] {
  return sortProblems(problems.filter(isError));
}

/**
 * The problem the overlay opens: the first one in the file just saved, when it has one (that is
 * what the contributor is looking at), else the first of the report.
 */
export function problemToShow(
  errors: readonly Problem[],
  changed: string | undefined,
): Problem | undefined {
  return errors.find((p) => p.file === changed) ?? errors[0];
}

/**
 * A whole file as the overlay's code view shows it: one `.line` per line, numbered by the
 * overlay's own CSS counter (which is why every line is there, not just those around it), the
 * problem's line marked `.error-line` so the overlay scrolls to it and draws the column caret.
 */
export function codeFrameHtml(text: string, line: number): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const spans = lines.map(
    (content, i) =>
      `<span class="line${i + 1 === line ? ' error-line' : ''}">${escapeHtml(content)}</span>`,
  );
  return `<pre class="shiki"><code>${spans.join('\n')}</code></pre>`;
}

/** What {@link overlayError} needs besides the problems. */
export interface OverlayContext {
  /**
   * The folder problems name their files from (the content folder's parent: the project root
   * for content/), absolute, with forward slashes and no trailing slash.
   */
  root: string;
  /** The file just saved, as problems name it ("content/events/x.yaml"), if any. */
  changed?: string | undefined;
  /** The text of a file named in a problem, for the code view; undefined if unreadable. */
  read?: (file: string) => string | undefined;
}

const count = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

/**
 * The overlay's error for what the check found, or undefined when nothing blocks the page. The
 * message is the errors' part of `npm run check`'s report, so each line reads
 * `file:line: what is wrong`, as in the terminal.
 */
export function overlayError(
  problems: readonly Problem[],
  context: OverlayContext,
): OverlayError | undefined {
  const errors = blockingProblems(problems);
  const shown = problemToShow(errors, context.changed);
  if (!shown) return undefined;
  const file = `${context.root}/${shown.file}`;
  const text = context.read?.(shown.file);
  return {
    name: OVERLAY_NAME,
    title: `The content has ${count(errors.length)}`,
    message: escapeHtml(formatReport(errors)),
    hint: escapeHtml(
      'Save the fixed file and the page comes back. npm run check prints the same report.',
    ),
    stack: '',
    plugin: 'peace-plan:content-check',
    id: file,
    loc: { file, line: shown.line, column: shown.column ?? 0 },
    ...(text === undefined ? {} : { highlightedCode: codeFrameHtml(text, shown.line) }),
  };
}

/**
 * The page the dev server answers with, instead of the page asked for, while content has
 * errors: it opens Astro's overlay with the error (embedded, so it never waits on the HMR
 * socket, as Vite's own error page does) and loads Vite's client, whose socket reloads the page
 * when the content is fixed. Without scripts the report is there as text.
 * @param clientUrl Where Vite's client is served (`/@vite/client`, under the base if any).
 */
export function errorPageHtml(error: OverlayError, report: string, clientUrl: string): string {
  const data = JSON.stringify(error).replace(/</g, '\\u003c');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(`${OVERLAY_NAME}: ${error.title}`)}</title>`,
    '<script type="module">',
    `const error = ${data};`,
    `const { ErrorOverlay } = await import(${JSON.stringify(clientUrl)});`,
    'document.body.appendChild(new ErrorOverlay(error));',
    '</script>',
    '</head>',
    '<body>',
    `<pre style="white-space: pre-wrap">${escapeHtml(report)}</pre>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A request to the dev server, as far as {@link isPageRequest} looks at it. */
export interface DevRequest {
  method?: string | undefined;
  /** The path and query, without the base. */
  url?: string | undefined;
  accept?: string | undefined;
}

/** Vite's and Astro's own files, the dev search index and source modules: never pages. */
const NOT_PAGES = /^\/(?:@|__|_astro\/|node_modules\/|src\/|pagefind\/)/;

/** Whether a request is a reader opening a page, which content errors answer with the overlay. */
export function isPageRequest(request: DevRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!request.accept?.includes('text/html')) return false;
  const path = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
  return !NOT_PAGES.test(path);
}
