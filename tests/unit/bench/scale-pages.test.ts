import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyPageSource, editedPageSource, scalePlan } from '../../../bench/scale-pages.ts';

describe('scalePlan', () => {
  it('adds copies round the real pages until the site has the total asked for', () => {
    const plan = scalePlan(['a', 'b'], 5);
    expect(plan.map((p) => p.id)).toEqual(['a-copy-1', 'b-copy-1', 'a-copy-2']);
    expect(plan[2]).toEqual({ from: 'a', id: 'a-copy-2', copy: 2 });
  });
  it('adds nothing when the real pages are already enough', () => {
    expect(scalePlan(['a', 'b', 'c'], 2)).toEqual([]);
  });
  it('refuses an empty list of pages, saying where pages come from', () => {
    expect(() => scalePlan([], 10)).toThrow(/content\/pages/);
  });
});

describe('copyPageSource', () => {
  const page = [
    '---',
    'title: "The plan: what it says"',
    'navLabel: The plan',
    'order: 1',
    'inNav: true',
    'updated: 2025-11-25',
    'relatedActors:',
    '  - steve-witkoff',
    '---',
    '',
    '## Origins [@newscapital-2025-11-25]',
    '',
  ].join('\n');

  it('marks the title, drops the menu and reading-order fields, keeps the rest', () => {
    const copy = copyPageSource(page, 3, 'the-plan.mdx');
    const front = parse(copy.split('---\n')[1] ?? '');
    expect(front).toEqual({
      title: 'The plan: what it says (copy 3)',
      updated: '2025-11-25',
      relatedActors: ['steve-witkoff'],
    });
  });
  it('keeps the body as it was', () => {
    expect(copyPageSource(page, 1).endsWith('\n## Origins [@newscapital-2025-11-25]\n')).toBe(true);
  });
  it('names the file when there is no frontmatter', () => {
    expect(() => copyPageSource('# No frontmatter', 1, 'x.mdx')).toThrow(
      /^x\.mdx: expected frontmatter/,
    );
  });
});

describe('editedPageSource', () => {
  const page = [
    '---',
    'title: T',
    '---',
    '',
    '# Heading',
    '',
    '<EventList />',
    '',
    'First line of prose.',
    '',
    'Second.',
    '',
  ].join('\n');

  it('adds a word to the first line of prose only', () => {
    const edited = editedPageSource(page);
    expect(edited).toContain('First line of prose. Edited.');
    expect(edited.replace(' Edited.', '')).toBe(page);
  });
  it('names the file when the body has no prose', () => {
    expect(() => editedPageSource('---\ntitle: T\n---\n# Only a heading\n', 'x.mdx')).toThrow(
      /^x\.mdx: no line of prose/,
    );
  });
});
