import { describe, expect, it } from 'vitest';
import { noticeFor } from '../../../src/search/client/dev-status.ts';

describe('noticeFor', () => {
  it('says nothing once the index is ready', () => {
    expect(noticeFor({ state: 'ready', version: 3, pages: 30 })).toBe('');
  });

  it('tells the reader search is getting ready before the first index', () => {
    expect(noticeFor({ state: 'building', version: 0, pages: 0 })).toMatch(
      /^Search is getting ready\. .*few seconds\.$/,
    );
  });

  it('tells the reader the index is catching up with an edit', () => {
    expect(noticeFor({ state: 'building', version: 2, pages: 30 })).toMatch(
      /^Updating the search index with your latest edits\./,
    );
  });

  it('points to the terminal when the index could not be built', () => {
    const text = noticeFor({ state: 'failed', version: 1, pages: 30, message: 'Pagefind stopped' });
    expect(text).toContain('npm run dev');
    expect(text).toContain('Pagefind stopped');
  });
});
