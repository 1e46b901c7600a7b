import { describe, expect, it } from 'vitest';
import { prevNext, readingOrder } from '../../../src/site/reading-order.ts';

const pages = [
  { id: 'battlefield', title: 'The battlefield', order: 5 },
  { id: 'index', title: 'Home', order: 0 },
  { id: 'glossary', title: 'Glossary' },
  { id: 'the-plan', title: 'The plan', order: 1 },
];

describe('readingOrder', () => {
  it('sorts by order and leaves out pages without one', () => {
    expect(readingOrder(pages).map((p) => p.id)).toEqual(['index', 'the-plan', 'battlefield']);
  });
});

describe('prevNext', () => {
  it('gives the neighbours in reading order', () => {
    const { prev, next } = prevNext(pages, 'the-plan');
    expect(prev?.id).toBe('index');
    expect(next?.id).toBe('battlefield');
  });

  it('gives nothing before the first page or after the last', () => {
    expect(prevNext(pages, 'index').prev).toBeUndefined();
    expect(prevNext(pages, 'battlefield').next).toBeUndefined();
  });

  it('gives nothing for a page outside the reading order', () => {
    expect(prevNext(pages, 'glossary')).toEqual({ prev: undefined, next: undefined });
  });
});
