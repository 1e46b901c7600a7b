import { describe, expect, it } from 'vitest';
import remarkCitations from '../../../src/markdown/remark-citations.ts';
import remarkReadingTime, {
  countWords,
  minutesToRead,
} from '../../../src/markdown/remark-reading-time.ts';
import { frontmatter, render } from './pipeline.ts';

const SOURCES = new Map([
  [
    'news',
    {
      outlet: 'Outlet with many words in its name',
      title: 'A title with many words too',
      url: 'https://example.org/',
      kind: 'news-report' as const,
      relays: [],
    },
  ],
]);

describe('reading time', () => {
  it('counts words, not citations, badges or punctuation', () => {
    expect(
      countWords('Talks in Geneva — on 23 November [@news, citing NBC News] [!reported].'),
    ).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('rounds minutes up, with a minimum of 1', () => {
    expect(minutesToRead(0)).toBe(1);
    expect(minutesToRead(220)).toBe(1);
    expect(minutesToRead(221)).toBe(2);
  });

  it('sets frontmatter.minutesRead from the prose only', async () => {
    const prose = Array.from({ length: 441 }, () => 'word').join(' ');
    const markdown = `${prose} [@news]\n\n\`\`\`mermaid\n${prose}\n\`\`\``;
    const { file } = await render(markdown, [
      [remarkCitations, { sources: SOURCES }],
      remarkReadingTime,
    ]);
    expect(frontmatter(file)['minutesRead']).toBe(3);
    const short = await render('A few words.', [remarkReadingTime]);
    expect(frontmatter(short.file)['minutesRead']).toBe(1);
  });

  it('does not count the References list', async () => {
    const prose = Array.from({ length: 220 }, () => 'word').join(' ');
    const { file } = await render(`${prose} [@news]`, [
      [remarkCitations, { sources: SOURCES }],
      remarkReadingTime,
    ]);
    expect(frontmatter(file)['minutesRead']).toBe(1);
  });
});
