import { describe, expect, it } from 'vitest';
import { pages } from './helpers/dist.ts';
import {
  BUDGETS,
  bytesTable,
  isJsBudgetExempt,
  isPrintEdition,
  KB,
  PRINT_URL,
  pageBytes,
  type PageBytes,
} from './helpers/budget.ts';

/** Bytes per page, measured once for all the budget tests. */
let measured: PageBytes[] | undefined;
const rows = () =>
  (measured ??= pages()
    .map(pageBytes)
    .sort((a, b) => b.total - a.total));

/** Fails listing the offending pages, followed by the table of every page. */
function expectWithin(what: string, over: PageBytes[], limit: number): void {
  const names = over.map((r) => r.url).join(', ');
  expect(
    over.length,
    `${what} over ${limit / KB} KB gzip on ${names}.\n\n${bytesTable(rows())}\n`,
  ).toBe(0);
}

describe('byte budgets (gzip), on every built page', () => {
  it(`JavaScript run before search is opened: at most ${BUDGETS.js / KB} KB`, () => {
    const over = rows().filter((r) => !isJsBudgetExempt(r.url) && r.js > BUDGETS.js);
    expectWithin('JavaScript', over, BUDGETS.js);
  });

  it(`CSS: at most ${BUDGETS.css / KB} KB`, () => {
    expectWithin(
      'CSS',
      rows().filter((r) => r.css > BUDGETS.css),
      BUDGETS.css,
    );
  });

  it(`a page without diagrams: at most ${BUDGETS.pageWithoutDiagrams / KB} KB in total`, () => {
    const over = rows().filter(
      (r) => !r.diagrams && !isJsBudgetExempt(r.url) && r.total > BUDGETS.pageWithoutDiagrams,
    );
    expectWithin('Total bytes', over, BUDGETS.pageWithoutDiagrams);
  });

  it(`the search page, with the search UI it loads: at most ${BUDGETS.searchPage / KB} KB in total`, () => {
    const search = rows().filter((r) => isJsBudgetExempt(r.url));
    expect(search.length, 'no search page in the build').toBeGreaterThan(0);
    expectWithin(
      'Total bytes',
      search.filter((r) => r.total > BUDGETS.searchPage),
      BUDGETS.searchPage,
    );
  });

  it(`the largest page with diagrams: at most ${BUDGETS.largestDiagramPage / KB} KB in total`, () => {
    const diagramPages = rows().filter((r) => r.diagrams && !isPrintEdition(r.url));
    expect(diagramPages.length, 'no built page shows a diagram (class "diagram")').toBeGreaterThan(
      0,
    );
    const over = diagramPages.filter((r) => r.total > BUDGETS.largestDiagramPage);
    expectWithin('Total bytes', over, BUDGETS.largestDiagramPage);
  });

  it(`the whole explainer on one page (${PRINT_URL}): at most ${BUDGETS.printDocument / KB} KB`, () => {
    const print = rows().filter((r) => isPrintEdition(r.url));
    expect(
      print.map((r) => r.url),
      `${PRINT_URL} was not built`,
    ).toContain(PRINT_URL);
    expectWithin(
      'Total bytes',
      print.filter((r) => r.total > BUDGETS.printDocument),
      BUDGETS.printDocument,
    );
  });
});
