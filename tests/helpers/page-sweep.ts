/**
 * What the every-page sweep reads from a loaded page, in the page itself: the problems the
 * console and the network report, the layout shifts while it loaded, and the text, navigation,
 * diagrams and citations a reader sees (to compare with and without JavaScript).
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

/** URL schemes that never leave the page. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);
/** Console messages about the Content-Security-Policy. */
const CSP =
  /content[- ]security[- ]policy|\bCSP\b|refused to (load|execute|apply|evaluate|connect|frame)/i;

/**
 * Record in the returned list every problem the context's pages and workers show: a console
 * error (or a warning about the Content-Security-Policy), a `securitypolicyviolation` event, an
 * uncaught exception in `page`, a failed request (network error or HTTP status 400 and up) and a
 * request to any host but `origin`'s. `visit()` starts a new page load: a request the previous
 * load started (its favicon, cancelled by the next navigation) is no longer counted. `settled()`
 * waits until every request sent so far has its answer, so that what they cause is heard.
 */
export async function watchProblems(
  context: BrowserContext,
  origin: string,
): Promise<{
  problems: string[];
  visit(): void;
  watch(page: Page): void;
  settled(): Promise<void>;
}> {
  const problems: string[] = [];
  // Requests sent and not yet answered, and who waits for there to be none.
  let pending = 0;
  let waiting: (() => void)[] = [];
  const answered = () => {
    pending -= 1;
    if (pending > 0) return;
    for (const done of waiting) done();
    waiting = [];
  };
  const host = new URL(origin).hostname;
  let visit = 0;
  const started = new WeakMap<Request, number>();
  // Collected in the page, so a violation is caught even if Chromium logs nothing for it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`,
      );
    });
  });
  context.on('request', (request) => {
    pending += 1;
    started.set(request, visit);
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol)) return;
    if (url.hostname !== host) problems.push(`request to another host: ${request.url()}`);
  });
  // A request the browser itself cancelled (net::ERR_ABORTED, as when a busy page's script is
  // superseded by the service worker's copy) is not a failure of the site: missing files show as
  // HTTP errors below, blocked ones as CSP messages.
  context.on('requestfinished', answered);
  context.on('requestfailed', (request) => {
    answered();
    if (started.get(request) !== visit) return;
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(
      `failed request: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`,
    );
  });
  context.on('response', (response) => {
    const url = new URL(response.url());
    // The 404 page is meant to be served with status 404; nothing it loads is.
    const expected404 =
      url.pathname.endsWith('/404.html') && response.request().isNavigationRequest();
    if (response.status() >= 400 && !expected404)
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // On the context, so service workers' and pages' messages are both heard.
  context.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || (type === 'warning' && CSP.test(message.text()))) {
      const at = message.location().url
        ? ` (${message.location().url}:${message.location().lineNumber})`
        : '';
      problems.push(`console ${type}: ${message.text()}${at}`);
    }
  });
  return {
    problems,
    visit: () => {
      visit += 1;
      problems.length = 0;
    },
    watch: (page) => {
      page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    },
    settled: () =>
      pending === 0 ? Promise.resolve() : new Promise((done) => waiting.push(() => done())),
  };
}

/** One layout shift: its score, and each element that moved with its box before and after. */
export interface Shift {
  value: number;
  sources: { element: string; before: string; after: string }[];
}

/**
 * The layout shifts not caused by the reader since the page started loading, read once the page
 * has loaded and settled: two frames and a short pause let late work (deferred scripts, fonts)
 * land first.
 */
export function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        type Entry = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        const box = (r: DOMRectReadOnly) =>
          `x ${Math.round(r.x)}, y ${Math.round(r.y)}, ${Math.round(r.width)}×${Math.round(r.height)}`;
        const describe = (node?: Node): string => {
          if (!(node instanceof Element)) return node?.nodeName ?? '(an element since removed)';
          const id = node.id ? `#${node.id}` : '';
          const classes = [...node.classList].map((c) => `.${c}`).join('');
          const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return `<${node.localName}${id}${classes}> “${text}”`;
        };
        const shifts: Shift[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Entry[]) {
            if (entry.hadRecentInput) continue;
            shifts.push({
              value: entry.value,
              sources: entry.sources.map((s) => ({
                element: describe(s.node),
                before: box(s.previousRect),
                after: box(s.currentRect),
              })),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(() => resolve(shifts), 300)),
        );
      }),
  );
}

/** Layout shifts as a line a person can act on: the page, the score, what moved and where to. */
export function reportShifts(where: string, shifts: readonly Shift[]): string {
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  const moved = shifts.flatMap((shift) =>
    shift.sources.map((s) => `${s.element} moved from (${s.before}) to (${s.after})`),
  );
  return `${where}: ${total.toFixed(4)}: ${moved.join('; ')}`;
}

/** What a reader sees on a page: see {@link readPage}. */
export interface PageReading {
  /** Each h1, its text and whether it is shown. */
  h1s: { text: string; shown: boolean }[];
  /** The text of `<main>` as shown. */
  mainText: string;
  /** Each shown block of text in `<main>` (paragraphs, items, headings, cells, captions). */
  blocks: string[];
  /** The targets of the shown navigation links. */
  navLinks: string[];
  /** Each `.diagram`, and whether it shows an inline SVG of some size. */
  figures: { ok: boolean; which: string }[];
  /** How many blocks of Mermaid source are shown (a diagram left for a script to draw). */
  mermaidSource: number;
  /** Each citation marker's link, and whether it leads to a shown element of the page. */
  cites: { href: string; resolves: boolean }[];
}

/**
 * What a reader sees on the page. Text inside controls that only scripts use (forms, status
 * messages, live regions) is left out of the blocks: "Showing all 7 provisions" is feedback on a
 * filter, not content.
 */
export function readPage(page: Page): Promise<PageReading> {
  return page.evaluate(() => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const main = document.querySelector('main');
    const blocks = main
      ? [
          ...main.querySelectorAll(
            'p, li, h2, h3, h4, dt, dd, th, td, figcaption, blockquote, caption',
          ),
        ]
          .filter((el) => shown(el) && !el.closest('form, [role="status"], [aria-live]'))
          .map((el) => norm((el as HTMLElement).innerText))
          .filter(Boolean)
      : [];
    const box = (el: Element) => el.getBoundingClientRect();
    return {
      h1s: [...document.querySelectorAll('h1')].map((h) => ({
        text: norm(h.textContent ?? ''),
        shown: shown(h),
      })),
      mainText: main ? norm(main.innerText) : '',
      blocks,
      navLinks: [...document.querySelectorAll('nav a[href]')]
        .filter(shown)
        .map((a) => a.getAttribute('href') ?? ''),
      figures: [...document.querySelectorAll('.diagram')].map((figure, i) => {
        const svg = figure.querySelector('svg');
        const ok = svg !== null && shown(svg) && box(svg).width > 20 && box(svg).height > 20;
        return { ok, which: figure.id || `figure ${i + 1}` };
      }),
      mermaidSource: [...document.querySelectorAll('pre.mermaid, code.language-mermaid')].filter(
        shown,
      ).length,
      cites: [...document.querySelectorAll('sup.cite a')].map((a) => {
        const href = a.getAttribute('href') ?? '';
        const target = href.startsWith('#')
          ? document.getElementById(decodeURIComponent(href.slice(1)))
          : null;
        return { href, resolves: target !== null && shown(target) };
      }),
    };
  });
}
