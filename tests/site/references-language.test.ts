/**
 * The reference lists of every edition are in the page's language: in a translated page, each
 * source's title and what it relays come from the source's translation (content/sources/<code>/),
 * with the English outlet, address and date.
 */
import { describe, expect, it } from 'vitest';
import { readLocalisedCollection } from '../../src/i18n/overlay.ts';
import { splitLocale, TRANSLATION_CODES } from '../../src/i18n/locales.ts';
import { pages } from './helpers/dist.ts';
import { attr, byTag, textOf, tree } from './helpers/html.ts';

/** Every reference list item of the built pages: the page, the source id and the item's text. */
const items = pages().flatMap((page) =>
  byTag(tree(page), 'ol')
    .filter((ol) => (attr(ol, 'className') ?? '').split(' ').includes('references'))
    .flatMap((ol) => byTag({ type: 'root', children: [ol] }, 'li'))
    .map((li) => ({
      url: page.url,
      // The print edition prefixes each part's ids: "the-plan--ref-<source>".
      id: (attr(li, 'id') ?? '').replace(/^(?:.*--)?ref-/, ''),
      text: textOf(li),
    })),
);

describe('reference lists', () => {
  it('exist in every language', () => {
    for (const code of TRANSLATION_CODES) {
      expect(items.some((item) => splitLocale(item.url).code === code)).toBe(true);
    }
  });

  it.each(TRANSLATION_CODES)('in %s name each source by its translated title', (code) => {
    const sources = readLocalisedCollection('content', 'sources', code);
    const wrong = items
      .filter((item) => splitLocale(item.url).code === code)
      .filter((item) => !item.text.includes(sources.get(item.id)?.title ?? '\u0000'))
      .map((item) => `${item.url}: ${item.id}`);
    expect(wrong).toEqual([]);
  });
});
