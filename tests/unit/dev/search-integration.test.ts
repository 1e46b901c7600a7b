import { describe, expect, it } from 'vitest';
import { CONTENT_ERRORS_HEADER } from '../../../src/collections/dev-overlay.ts';
import { pageForIndex } from '../../../src/dev/search-integration.ts';

describe('pageForIndex()', () => {
  it('passes a page on', async () => {
    const page = new Response('<h1>The plan</h1>', { headers: { 'content-type': 'text/html' } });
    expect(await pageForIndex(page)).toBe(page);
  });

  it('refuses the content check’s page, so no index is built from content it refuses', async () => {
    const overlay = new Response('<pre>Content check found 2 problems.</pre>', {
      status: 500,
      headers: { 'content-type': 'text/html', [CONTENT_ERRORS_HEADER]: '2' },
    });
    await expect(pageForIndex(overlay)).rejects.toThrow(
      'The content check found 2 error(s), shown in the browser and above; the index is built again once they are fixed.',
    );
    expect(overlay.bodyUsed).toBe(true);
  });
});
