/**
 * The positions matrix compared cell by cell with the content it is built from: every position
 * of a mapped provision and every mapped quotation appears in its side's cell with its source,
 * every other cell says "Not stated in the sources", and nothing else is in the table. Checked
 * at 390 px (cards) and 1280 px (a table), and with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readContentDir } from '../../src/collections/index.ts';
import { SIDES } from '../../src/collections/schemas.ts';
import { useSite } from '../helpers/site.ts';

const content = readContentDir('content');
const provisions = new Map(content.valid('provisions').map((e) => [e.id, e.data]));
const actors = new Map(content.valid('actors').map((e) => [e.id, e.data]));
const ISSUES = content
  .valid('issues')
  .map((e) => ({ id: e.id, ...e.data }))
  .sort((a, b) => a.order - b.order);

/** What the source data says each cell must hold: the words and the cited source ids. */
function expectedCell(issueId: string, side: string): { words: string; sources: string[] }[] {
  const issue = ISSUES.find((i) => i.id === issueId)!;
  const fromProvisions = (issue.provisions ?? []).flatMap((id) =>
    (provisions.get(id)?.positions ?? []).map((p) => ({ ...p, words: p.position ?? '' })),
  );
  const fromQuotes = (issue.quotes ?? []).map((key) => {
    const [actor = '', quote] = key.split('/');
    const q = actors.get(actor)?.quotes?.find((x) => x.id === quote);
    return { actor, words: q?.text ?? `missing quote ${key}`, sources: q?.sources ?? [] };
  });
  const all = [...fromProvisions, ...fromQuotes].filter((s) => actors.get(s.actor)?.side === side);
  return all.filter(
    (s, i) => all.findIndex((t) => t.actor === s.actor && t.words === s.words) === i,
  );
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each cell as shown: its words and the sources its citations link to. */
const readCells = (page: Page) =>
  page.$$eval('table.positions-matrix tbody tr', (rows) =>
    rows.map((row) => ({
      id: row.id,
      cells: [...row.querySelectorAll('td')].map((td) => ({
        text: (td as HTMLElement).innerText,
        items: [...td.querySelectorAll('li')].map((li) => ({
          text: (li as HTMLElement).innerText,
          sources: [...li.querySelectorAll('.source-cite a')].map((a) => a.getAttribute('href')),
        })),
      })),
    })),
  );

const site = useSite();

describe.each([
  {
    name: '390px, touch',
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    javaScriptEnabled: true,
  },
  {
    name: '1280px',
    viewport: { width: 1280, height: 800 },
    hasTouch: false,
    javaScriptEnabled: true,
  },
  {
    name: '1280px without JavaScript',
    viewport: { width: 1280, height: 800 },
    hasTouch: false,
    javaScriptEnabled: false,
  },
])('the positions matrix at $name', (device) => {
  let page: Page;
  let rows: Awaited<ReturnType<typeof readCells>>;

  beforeAll(async () => {
    const context = await site.browser.newContext(device);
    page = await context.newPage();
    await page.goto(`${site.url}/positions/`);
    rows = await readCells(page);
  });
  afterAll(() => page?.context().close());

  it('has one row per issue and one cell per side', () => {
    expect(rows.map((r) => r.id)).toEqual(ISSUES.map((i) => `issue-${i.id}`));
    for (const row of rows) expect(row.cells).toHaveLength(SIDES.length);
  });

  it('matches the content data cell by cell, each statement with its sources', () => {
    for (const row of rows) {
      const issueId = row.id.replace(/^issue-/, '');
      row.cells.forEach((cell, i) => {
        const where = `${issueId} × ${SIDES[i]}`;
        const expected = expectedCell(issueId, SIDES[i]!);
        if (expected.length === 0) {
          expect(norm(cell.text).endsWith('Not stated in the sources'), where).toBe(true);
          expect(cell.items, where).toEqual([]);
          return;
        }
        expect(cell.items.length, where).toBe(expected.length);
        expected.forEach((statement, j) => {
          const item = cell.items[j]!;
          expect(norm(item.text), where).toContain(norm(statement.words));
          expect(item.sources, where).toEqual(
            statement.sources.map((id) => `/sources-and-method/#source-${id}`),
          );
        });
      });
    }
  });

  it('fits the screen: cards on a phone, a table on a desktop', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const display = await page
      .locator('table.positions-matrix tbody tr')
      .first()
      .evaluate((r) => getComputedStyle(r).display);
    expect(display).toBe(device.viewport.width < 600 ? 'block' : 'table-row');
  });
});
