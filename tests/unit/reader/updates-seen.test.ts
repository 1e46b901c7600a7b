import { describe, expect, it } from 'vitest';
import { parseSeen, showUpdates, VISIT_GAP_MS } from '../../../src/reader/client/seen.ts';
import { pageIdFromPath, updatesOfPage } from '../../../src/site/page-updates.ts';

const T0 = new Date('2025-11-25T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('updates new since the last visit', () => {
  it('marks nothing on a first visit, and remembers what was shown', () => {
    const { unseen, next } = showUpdates(undefined, ['a', 'b'], T0);
    expect(unseen).toEqual([]);
    expect(next).toEqual({ ids: ['a', 'b'], at: T0.toISOString(), fresh: [] });
  });

  it('marks updates not seen before on a later visit', () => {
    const first = showUpdates(undefined, ['a'], T0).next;
    const { unseen, next } = showUpdates(first, ['c', 'b', 'a'], later(2 * VISIT_GAP_MS));
    expect(unseen).toEqual(['c', 'b']);
    expect(next.ids).toEqual(['a', 'c', 'b']);
  });

  it('keeps the marks while the reader moves between pages in one visit', () => {
    const first = showUpdates(undefined, ['a'], T0).next;
    const home = showUpdates(first, ['b', 'a'], later(2 * VISIT_GAP_MS));
    const updatesPage = showUpdates(home.next, ['b', 'a'], later(2 * VISIT_GAP_MS + 60_000));
    expect(updatesPage.unseen).toEqual(['b']);
    const nextVisit = showUpdates(updatesPage.next, ['b', 'a'], later(5 * VISIT_GAP_MS));
    expect(nextVisit.unseen).toEqual([]);
  });

  it('treats unreadable storage as a first visit', () => {
    expect(parseSeen(null)).toBeUndefined();
    expect(parseSeen('not json')).toBeUndefined();
    expect(parseSeen('{"ids":"a"}')).toBeUndefined();
    expect(parseSeen('{"ids":["a",3],"at":"x"}')).toEqual({ ids: ['a'], at: 'x', fresh: [] });
  });
});

describe('updates of a page', () => {
  it('turns a path into a page id', () => {
    expect(pageIdFromPath('/')).toBe('index');
    expect(pageIdFromPath('/the-plan/')).toBe('the-plan');
  });

  it('lists the updates that touched a page, newest first', () => {
    const updates = [
      { id: 'one', date: '2025-11-25', pages: ['index', 'the-plan'] },
      { id: 'two', date: '2025-11-27', pages: ['the-plan'] },
      { id: 'three', date: '2025-11-28', pages: ['timeline'] },
    ];
    expect(updatesOfPage(updates, 'the-plan').map((u) => u.id)).toEqual(['two', 'one']);
    expect(updatesOfPage(updates, 'glossary')).toEqual([]);
  });
});
