/**
 * The printable edition at /print/: every page of the explainer in reading order with its
 * diagrams, citations and references; ids unique and every in-page link resolving on the one
 * page; and, printed, no site chrome, a new sheet for each section and the address after each
 * external link. Works without JavaScript (it needs none).
 */
import { pageUrl } from '../../src/shared/urls.ts';
import { readContentDir } from '../../src/collections/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { serveDist, type RunningServer } from '../../support/static-server.ts';

/** The explainer's pages in reading order, from their frontmatter. */
const READING_ORDER = readContentDir('content', ['pages'])
  .valid('pages')
  .map((entry) => ({ id: entry.id, order: entry.data.order }))
  .filter((p): p is { id: string; order: number } => p.order !== undefined)
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
  .map((p) => p.id);
const pathOf = (id: string) => pageUrl(id);

let browser: Browser;
let server: RunningServer;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDist();
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 800 },
  });
  page = await context.newPage();
  await page.goto(`${server.url}/print/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the printable edition', () => {
  it('has every page in reading order, then the actors and the positions matrix', async () => {
    const sections = await page.$$eval('.print-section', (s) => s.map((x) => x.id));
    expect(sections).toEqual([
      ...READING_ORDER.map((id) => `print-${id}`),
      'print-actors-one-by-one',
      'print-positions',
    ]);
  });

  it('carries each page’s diagrams, citation markers and references', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const single = await context.newPage();
    try {
      for (const id of READING_ORDER) {
        await single.goto(server.url + pathOf(id));
        const alone = await single.evaluate(() => ({
          diagrams: document.querySelectorAll('main figure.diagram').length,
          markers: document.querySelectorAll('main sup.cite').length,
          references: document.querySelectorAll('main ol.references > li').length,
        }));
        const inPrint = await page.$eval(`#print-${id}`, (s) => ({
          diagrams: s.querySelectorAll('figure.diagram').length,
          markers: s.querySelectorAll('sup.cite').length,
          references: s.querySelectorAll('ol.references > li').length,
        }));
        expect(inPrint, id).toEqual(alone);
      }
    } finally {
      await context.close();
    }
  });

  it('keeps every id unique, and every #link leads to an element on the page', async () => {
    const { duplicates, broken } = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      const broken = [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
        .filter((id) => id !== '' && !document.getElementById(id));
      return { duplicates: [...new Set(duplicates)], broken: [...new Set(broken)] };
    });
    expect(duplicates).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('links a citation marker to the reference of its own page', async () => {
    const [markerHref, sectionId] = await page.$eval('#print-the-plan sup.cite a', (a) => [
      a.getAttribute('href')!,
      a.closest('.print-section')!.id,
    ]);
    const refSection = await page.$eval(
      `[id="${markerHref.slice(1)}"]`,
      (li) => li.closest('.print-section')?.id,
    );
    expect(refSection).toBe(sectionId);
  });

  it('prints without chrome, each section on a new sheet, addresses after external links', async () => {
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const style = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el) : undefined;
      };
      const external = document.querySelector('.print-section a[href^="http"]');
      return {
        header: style('.site-header')?.display,
        footer: style('.site-footer')?.display,
        headingLink: style('.print-section .heading-link')?.display,
        breaks: [...document.querySelectorAll('.print-section')].map(
          (s) => getComputedStyle(s).breakBefore,
        ),
        after: external ? getComputedStyle(external, '::after').content : '',
        href: external?.getAttribute('href'),
      };
    });
    expect(printed.header).toBe('none');
    expect(printed.footer).toBe('none');
    expect(printed.headingLink).toBe('none');
    expect(new Set(printed.breaks)).toEqual(new Set(['page']));
    expect(printed.after).toBe(`" (${printed.href})"`);
    const pdf = await page.pdf({ format: 'A4' });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(sheets).toBeGreaterThanOrEqual(printed.breaks.length);
    await page.emulateMedia({ media: 'screen' });
  });

  it('is left out of the search index, which has every page on its own', async () => {
    await expect(page.locator('[data-pagefind-body]').count()).resolves.toBe(0);
  });
});
