/**
 * writeCards draws each card from the page it belongs to, on worker threads: a page not yet
 * translated shares its English page's card, and a card of a page that is not built is refused.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCards } from '../../../src/social/integration.ts';

const ORIGIN = 'https://example.org';
let dir = '';
let cache = '';

function page(file: string, card: string, locale: string, site: string): void {
  const target = join(dir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(
    target,
    `<!doctype html><html><head>
<meta property="og:image" content="${ORIGIN}/${card}">
<meta property="og:title" content="What the plan says">
<meta property="og:site_name" content="${site}">
<meta property="article:section" content="Explainer">
<meta property="og:locale" content="${locale}">
</head><body></body></html>`,
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cards-dist-'));
  cache = mkdtempSync(join(tmpdir(), 'cards-cache-'));
  process.env['PEACE_SOCIAL_CACHE'] = cache;
});
afterEach(() => {
  delete process.env['PEACE_SOCIAL_CACHE'];
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('writeCards', { timeout: 60_000 }, () => {
  it('draws a shared card once, from the page it belongs to, then takes it from the cache', async () => {
    page('the-plan/index.html', 'social/the-plan.png', 'en_GB', 'Peace Plan Explainer');
    page('uk/the-plan/index.html', 'social/the-plan.png', 'uk_UA', 'Мирний план');
    page('uk/index.html', 'social/uk.png', 'uk_UA', 'Мирний план');
    expect(await writeCards(dir, '2025-11-25')).toEqual({ written: 2, drawn: 2, fromCache: 0 });
    expect(readdirSync(join(dir, 'social')).sort()).toEqual(['the-plan.png', 'uk.png']);
    expect(await writeCards(dir, '2025-11-25')).toEqual({ written: 2, drawn: 0, fromCache: 2 });
  });

  it('refuses a page whose og:image is the card of a page that is not built', async () => {
    page('uk/the-plan/index.html', 'social/the-plan.png', 'uk_UA', 'Мирний план');
    await expect(writeCards(dir, '2025-11-25')).rejects.toThrow(
      /uk\/the-plan\/index\.html: its og:image is social\/the-plan\.png, the card of a page that is not in the build/,
    );
    expect(existsSync(join(dir, 'social'))).toBe(false);
  });

  it('names the page whose meta a card cannot be drawn from, and draws nothing for a page with no card', async () => {
    writeFileSync(
      join(dir, 'plain.html'),
      '<!doctype html><html><head></head><body></body></html>',
    );
    expect(await writeCards(dir, '2025-11-25')).toEqual({ written: 0, drawn: 0, fromCache: 0 });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head><meta property="og:image" content="${ORIGIN}/social/index.png"></head></html>`,
    );
    await expect(writeCards(dir, '2025-11-25')).rejects.toThrow(
      /index\.html: its social card could not be made: .*lacks og:title, og:site_name, article:section, og:locale/,
    );
  });
});
