/**
 * Whatever is typed, search answers with results or "no results" and nothing breaks: empty and
 * huge queries, regex characters, markup, quotes, emoji, Cyrillic and Arabic script, control
 * characters. Markup typed is never rendered, and the console stays clean.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { statusFor, useSharedPage } from './search-support.ts';
import { useSite } from '../helpers/site.ts';

const HOSTILE = [
  'x'.repeat(10_000),
  'peace plan '.repeat(910),
  '.*+?^${}()|[]\\/',
  '(kyiv',
  'kyiv)',
  '<img src=x onerror="document.title=1">',
  '<script>document.title=1</script>',
  '"Article 5"',
  "'frozen assets'",
  '“Pokrovsk”',
  "' OR 1=1 --",
  '🕊️🇺🇦',
  '🕊️ peace',
  'Київ',
  'Зеленський мирний план',
  'كييف',
  'Kyïv',
  '\u0000kyiv\u0007',
  '__proto__ constructor',
  '%00%3Cscript%3E',
];

const site = useSite({ gzip: true });
// Every query is typed into the same open dialog, one after another.
const shared = useSharedPage(site, { path: '/timeline/' });
beforeAll(async () => {
  await shared.page.keyboard.press('/');
  await shared.page.waitForSelector('dialog.search-dialog[open]');
});

describe('hostile input', () => {
  it('an empty query shows no results and no message', async () => {
    const { page, errors } = shared;
    await page.fill('#search-dialog-input', 'kyiv');
    await statusFor(page, 'kyiv');
    await page.fill('#search-dialog-input', '');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent === '');
    expect(await page.locator('[role="option"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it.each(
    HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 40)}… (${q.length} characters)` : q, q]),
  )('%j gives results or “no results” without an error', async (_label, query) => {
    const { page, errors } = shared;
    const title = await page.title();
    await page.fill('#search-dialog-input', query);
    const status = await statusFor(page, query.slice(0, 60));
    expect(status).toMatch(/^(\d+ results? for|No results for) “/);
    expect(await page.title()).toBe(title);
    expect(await page.locator('dialog img, dialog script').count()).toBe(0);
    expect(await page.locator('dialog.search-dialog[open]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('still searches normally afterwards', async () => {
    const { page, errors } = shared;
    await page.fill('#search-dialog-input', 'kyiv');
    expect(await statusFor(page, 'kyiv')).toMatch(/^\d+ results? for “kyiv”/);
    expect(errors).toEqual([]);
  });
});
