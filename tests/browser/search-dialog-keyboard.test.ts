/**
 * A reader searches from a content page with the keyboard only: the `/` and Ctrl+K shortcuts open
 * the dialog with focus in the field (what is typed while it loads goes into it), results show
 * the page, the matching heading and marked words, the arrow keys move through them, Enter opens
 * one on its anchor with the words marked, Tab stays inside the dialog and Escape closes it.
 */
import { describe, expect, it } from 'vitest';
import { resultLinks, statusFor, useSharedPage } from './search-support.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite({ gzip: true });

describe('the search dialog, by keyboard', () => {
  // One page for these tests; each opens its own starting page in it, with a dialog not yet made.
  const shared = useSharedPage(site);

  it('opens with /, finds an event, moves with the arrows and opens it on its anchor', async () => {
    const { page, errors } = shared;
    await page.goto(`${site.url}/the-plan/`);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');

    await page.keyboard.type('pokrovsk');
    const status = await statusFor(page, 'pokrovsk');
    expect(status).toMatch(/^\d+ results? for “pokrovsk”/);
    const first = page.locator('[role="option"]').first();
    expect(await first.locator('.search-title').textContent()).toBeTruthy();
    expect(
      await page.locator('[role="option"] .search-excerpt mark').first().textContent(),
    ).toMatch(/pokrovsk/i);
    // The battlefield page shows its matching heading under its title.
    expect(await page.locator('.search-sub .search-title').allTextContents()).not.toHaveLength(0);

    const input = page.locator('#search-dialog-input');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-option-0');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-option-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const last = await page.locator('[role="option"]').count();
    expect(await input.getAttribute('aria-activedescendant')).toBe(`search-option-${last - 1}`);
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-selected')).toBeNull();
    expect(await first.getAttribute('aria-selected')).toBe('true');

    const [target] = await resultLinks(page);
    await Promise.all([
      page.waitForURL(/pagefind-highlight=pokrovsk/),
      page.keyboard.press('Enter'),
    ]);
    const landed = new URL(page.url());
    expect(`${landed.pathname}${landed.hash}`).toBe(target);
    await page.waitForSelector('mark.search-hit', { state: 'attached' });
    expect(await page.locator('mark.search-hit').first().textContent()).toMatch(/pokrovsk/i);
    // The result's anchor exists, and the searched word is marked inside it, in view.
    const id = decodeURIComponent(landed.hash.slice(1));
    const anchored = page.locator(id ? `[id="${id}"] mark.search-hit` : 'main mark.search-hit');
    await anchored.first().waitFor({ state: 'visible' });
    expect(await anchored.first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps what the reader types while the dialog is still loading, and searches for it', async () => {
    const { page, errors } = shared;
    // The search UI arrives late, as on a slow connection: every key below is typed before it.
    const late = /\/_astro\/search[^/]*\.js$/;
    await page.route(late, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    try {
      await page.goto(`${site.url}/the-plan/`);
      await page.keyboard.press('/');
      await page.keyboard.type('pokrovskk');
      await page.keyboard.press('Backspace');
      expect(await page.locator('dialog.search-dialog').count(), 'typed before it opened').toBe(0);
      await page.waitForSelector('dialog.search-dialog[open]');
      const input = page.locator('#search-dialog-input');
      await expect.poll(() => input.inputValue()).toBe('pokrovsk');
      expect(await statusFor(page, 'pokrovsk')).toMatch(/^\d+ results? for “pokrovsk”/);
      // Once the field has focus, keys go to it as usual.
      await page.keyboard.type(' talks');
      expect(await input.inputValue()).toBe('pokrovsk talks');
      expect(errors).toEqual([]);
    } finally {
      await page.unroute(late);
    }
  });

  it('opens with Ctrl+K, keeps Tab inside, and closes with Escape', async () => {
    const { page, errors } = shared;
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('kyiv');
    await statusFor(page, 'kyiv');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
      expect(inside, `focus left the dialog after ${i + 1} Tab presses`).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.search-dialog[open]').count()).toBe(0);
    // A second open finds the dialog as it was left, ready to refine the search.
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    expect(await page.inputValue('#search-dialog-input')).toBe('kyiv');
    expect(errors).toEqual([]);
  });

  it('ignores / while the reader types in a field, and the button opens it too', async () => {
    const { page, errors } = shared;
    await page.goto(`${site.url}/glossary/`);
    const button = page.locator('a.search-button');
    expect(await button.getAttribute('href')).toBe('/search/');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-dialog-input')).toBe('a/b');
    await page.keyboard.press('Escape');
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('search-button');
    expect(errors).toEqual([]);
  });
});
