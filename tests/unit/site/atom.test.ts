import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/site/atom.ts';

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'Site',
    siteUrl: 'https://example.org/',
    feedUrl: 'https://example.org/updates.xml',
    entries: [
      {
        id: 'a',
        title: 'Older',
        date: '2025-11-20',
        url: 'https://example.org/u/#a',
        html: '<p>A</p>',
      },
      {
        id: 'b',
        title: 'Newer & better',
        date: '2025-11-25',
        url: 'https://example.org/u/#b',
        html: '<p>B</p>',
      },
    ],
  });

  it('lists entries newest first and dates the feed by the newest', () => {
    expect(xml.indexOf('Newer')).toBeLessThan(xml.indexOf('Older'));
    expect(xml).toContain('<updated>2025-11-25T00:00:00Z</updated>');
  });

  it('escapes text and HTML content', () => {
    expect(xml).toContain('Newer &amp; better');
    expect(xml).toContain('&lt;p&gt;B&lt;/p&gt;');
  });
});
