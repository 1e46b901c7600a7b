import { describe, expect, it } from 'vitest';
import { bodyBlocks, numbersOf } from '../../../src/i18n/blocks.ts';
import { changesSince, fingerprint } from '../../../src/i18n/fingerprint.ts';
import { parityProblems, type ParityInput } from '../../../src/i18n/parity.ts';

const ENGLISH = `## Where it began

The draft capped the army at 600,000 troops [@newscapital-2025-11-25, citing Bloomberg]. [!reported]

- It was revised in [Geneva](/glossary/#geneva) on 23 November [@newscapital-2025-11-25].
`;
const UKRAINIAN = `## Звідки все почалося

Проєкт обмежував армію 600 000 військових [@newscapital-2025-11-25, citing Bloomberg]. [!reported]

- Його переглянули в [Женеві](/glossary/#geneva) 23 листопада [@newscapital-2025-11-25].
`;

const input = (
  translationBody: string,
  translation: Record<string, unknown> = { title: 'План' },
): ParityInput => ({
  collection: 'pages',
  englishFile: 'content/pages/the-plan.mdx',
  english: { title: 'The plan' },
  translation,
  englishBlocks: bodyBlocks(ENGLISH, { lineOffset: 5 }),
  translationBlocks: bodyBlocks(translationBody, { lineOffset: 4 }),
  lineOf: () => 2,
});

describe('translation parity', () => {
  it('reads numbers the same way in both languages', () => {
    expect(numbersOf('600,000 and 600 000 and 1.5 on 23 November 2025')).toEqual([
      '600000',
      '600000',
      '1.5',
      '23',
      '2025',
    ]);
  });

  it('accepts a faithful translation', () => {
    expect(parityProblems(input(UKRAINIAN))).toEqual([]);
  });

  it('names the line and the citation a translation dropped', () => {
    const dropped = UKRAINIAN.replace(' [@newscapital-2025-11-25, citing Bloomberg]', '');
    expect(parityProblems(input(dropped))).toEqual([
      {
        line: 7,
        message:
          'paragraph 2: its citations differ from the English (content/pages/the-plan.mdx:8): it lacks "newscapital-2025-11-25, citing Bloomberg". Copy the [@…] citations from the English exactly.',
      },
    ]);
  });

  it('catches a changed number, status and link target', () => {
    const changed = UKRAINIAN.replace('600 000', '60 000')
      .replace('[!reported]', '[!confirmed]')
      .replace('/glossary/#geneva', '/glossary/');
    const messages = parityProblems(input(changed)).map((p) => p.message.split(':')[0]);
    expect(messages).toEqual(['paragraph 2', 'paragraph 2', 'list item 3']);
  });

  it('says where a block is missing', () => {
    const short = UKRAINIAN.split('\n- ')[0]!;
    expect(parityProblems(input(short))[0]!.message).toBe(
      'block 3 is nothing where the English has a list item (content/pages/the-plan.mdx:10). A translation has one block for each English heading, paragraph, list item, table row, diagram and component, in the same order.',
    );
  });

  it('refuses fields that come from the English', () => {
    expect(parityProblems(input(UKRAINIAN, { title: 'План', order: 2 }))[0]!.message).toBe(
      '"order" is not translated: it comes from the English entry (content/pages/the-plan.mdx). Remove it from the translation.',
    );
  });
});

describe('translation fingerprints', () => {
  const blocks = bodyBlocks(ENGLISH, { lineOffset: 5 });
  const recorded = fingerprint('pages', { title: 'The plan', order: 1 }, blocks);

  it('ignores what is not translated and how lines wrap', () => {
    const rewrapped = bodyBlocks(ENGLISH.replace('at 600,000', 'at\n600,000'), { lineOffset: 5 });
    expect(fingerprint('pages', { title: 'The plan', order: 9 }, rewrapped).hash).toBe(
      recorded.hash,
    );
  });

  it('names the field and the paragraph that changed', () => {
    const edited = bodyBlocks(ENGLISH.replace('23 November', '24 November'), { lineOffset: 5 });
    const now = fingerprint('pages', { title: 'The 28-point plan' }, edited);
    expect(now.hash).not.toBe(recorded.hash);
    expect(changesSince(recorded, now, edited)).toEqual([
      { what: 'field "title" changed' },
      { what: 'list item 3 is new or changed', line: 10 },
    ]);
  });

  it('fingerprints list items by their key', () => {
    const actor = {
      name: 'A',
      quotes: [{ id: 'geneva', text: 'We agreed.', context: 'On Geneva' }],
    };
    expect(Object.keys(fingerprint('actors', actor).parts)).toEqual([
      'name',
      'quotes.geneva.text',
      'quotes.geneva.context',
    ]);
  });
});
