/**
 * Every page (with a few of the actor profiles: see sweptPages) read with JavaScript switched
 * off, compared with the same page with it on: the title, every block of text, the navigation,
 * the diagrams (inline SVG, never mermaid source waiting for a script) and the citations (each
 * marker leads to a reference on the page).
 *
 * Text inside controls that only scripts use (forms, status messages, live regions) is not
 * compared: "Showing all 7 provisions" is feedback on a filter, not content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { serveDist, type RunningServer } from '../../support/static-server.ts';
import { builtPages, sweptPages } from '../../support/pages.ts';

const PAGES = sweptPages(builtPages());
/** The search page needs JavaScript by nature; without it, it must say so instead. */
const SEARCH_PAGE = '/search/';

/** What the source of an explainer page promises: its diagrams and whether it cites anything. */
function promised(path: string): { diagrams: number; cites: boolean } {
  const id = path === '/' ? 'index' : path.slice(1, -1);
  const file = [`content/pages/${id}.mdx`, `content/pages/${id}.md`].find((f) => existsSync(f));
  if (!file) return { diagrams: 0, cites: false };
  const source = readFileSync(file, 'utf8');
  const fences = source.match(/^\s*(```|~~~)\s*mermaid\b/gm)?.length ?? 0;
  const components = source.match(/<[A-Z]\w*Diagram\b/g)?.length ?? 0;
  return { diagrams: fences + components, cites: /\[@[a-z0-9]/.test(source) };
}

/** What a reader sees on the page: all read in the page itself. */
function read(page: Page) {
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

let browser: Browser;
let server: RunningServer;
let withJs: BrowserContext;
let withoutJs: BrowserContext;
let on: Page;
let off: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDist();
  withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  withoutJs = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
  });
  on = await withJs.newPage();
  off = await withoutJs.newPage();
});

afterAll(async () => {
  await withJs?.close();
  await withoutJs?.close();
  await browser?.close();
  await server?.close();
});

describe.each(PAGES)('%s without JavaScript', (path) => {
  let seenOn: Awaited<ReturnType<typeof read>>;
  let seenOff: Awaited<ReturnType<typeof read>>;

  beforeAll(async () => {
    await on.goto(server.url + path, { waitUntil: 'load' });
    seenOn = await read(on);
    await off.goto(server.url + path, { waitUntil: 'load' });
    seenOff = await read(off);
  });

  it('shows its one h1 and its text', () => {
    expect(seenOff.h1s, 'exactly one h1').toHaveLength(1);
    expect(seenOff.h1s[0]?.shown, 'the h1 is visible').toBe(true);
    expect(seenOff.h1s[0]?.text).not.toBe('');
    expect(seenOff.mainText.length, 'main has text').toBeGreaterThan(40);
    if (path === SEARCH_PAGE) {
      expect(seenOff.mainText, 'the search page says it needs JavaScript').toMatch(/JavaScript/);
      return;
    }
    // Every block of text a reader sees with JavaScript is there without it.
    const missing = seenOn.blocks.filter((block) => !seenOff.mainText.includes(block));
    expect(missing, `text shown only with JavaScript on ${path}:\n${missing.join('\n')}`).toEqual(
      [],
    );
  });

  it('shows the same navigation', () => {
    expect(seenOff.navLinks.length, 'no visible navigation link').toBeGreaterThan(0);
    const missing = seenOn.navLinks.filter((href) => !seenOff.navLinks.includes(href));
    expect(missing, 'navigation links shown only with JavaScript').toEqual([]);
  });

  it('shows its diagrams as inline SVG', () => {
    const broken = seenOff.figures.filter((f) => !f.ok).map((f) => f.which);
    expect(broken, 'a .diagram without a visible inline <svg>').toEqual([]);
    expect(seenOff.mermaidSource, 'mermaid source shown instead of a drawn diagram').toBe(0);
    const { diagrams } = promised(path);
    expect(
      seenOff.figures.length,
      `${path}'s source has ${diagrams} diagram(s)`,
    ).toBeGreaterThanOrEqual(diagrams);
  });

  it('links every citation marker to a reference on the page', () => {
    if (promised(path).cites)
      expect(seenOff.cites.length, 'the source cites; the page shows no marker').toBeGreaterThan(0);
    const broken = seenOff.cites.filter((c) => !c.resolves).map((c) => c.href);
    expect(broken, 'citation links that lead to no visible element on the page').toEqual([]);
  });
});
