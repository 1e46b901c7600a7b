import { describe, expect, it } from 'vitest';
import {
  findBadges,
  findCitations,
  isStatusWord,
  lineAt,
  malformedCitationMessage,
  parseCitation,
  unknownBadgeMessage,
  unknownSourceMessage,
} from '../../../src/markdown/citations.ts';

describe('parseCitation', () => {
  it('reads one source, a note, and several sources', () => {
    expect(parseCitation('@a')).toEqual({ items: [{ id: 'a' }] });
    expect(parseCitation('@a-1, citing NBC News')).toEqual({
      items: [{ id: 'a-1', note: 'citing NBC News' }],
    });
    expect(parseCitation('@a; @b, citing CBS News ')).toEqual({
      items: [{ id: 'a' }, { id: 'b', note: 'citing CBS News' }],
    });
  });

  it('explains what is wrong with a malformed citation', () => {
    expect(parseCitation('@')).toEqual({
      error:
        'each source starts with @ and its id; write [@source-id], [@source-id, citing Outlet] or [@source-a; @source-b]',
    });
    expect(parseCitation('@a; b')).toHaveProperty('error');
    expect(parseCitation('@NBC')).toEqual({
      error: '"NBC" is not a source id: ids use lower-case letters, digits and hyphens',
    });
  });
});

describe('findCitations and findBadges', () => {
  it('finds citations with their offsets, on one line only', () => {
    const text = 'A [@a] b [@b; @c].\n[@d\n]';
    const found = findCitations(text);
    expect(found.map((f) => [f.raw, f.start, f.end])).toEqual([
      ['[@a]', 2, 6],
      ['[@b; @c]', 9, 17],
    ]);
    expect(found[1]?.value).toEqual({ items: [{ id: 'b' }, { id: 'c' }] });
  });

  it('finds badges, known and unknown', () => {
    expect(findBadges('x [!unconfirmed] y [!NOTE] [!]').map((f) => f.value)).toEqual([
      'unconfirmed',
      'NOTE',
      '',
    ]);
    expect(isStatusWord('disputed')).toBe(true);
    expect(isStatusWord('NOTE')).toBe(false);
  });

  it('counts lines from a first line', () => {
    expect(lineAt('a\nb\nc', 4, 10)).toBe(12);
    expect(lineAt('abc', 2, 3)).toBe(3);
  });
});

describe('messages', () => {
  it('names the unknown source and suggests the closest', () => {
    expect(unknownSourceMessage('cnn', '[@cnn]', ['cnn-abu-dhabi-2025-11-24'])).toBe(
      'unknown source "cnn" in citation [@cnn]. Sources are the files in content/sources/; cite one by its file name without .yaml (did you mean "cnn-abu-dhabi-2025-11-24"?)',
    );
    expect(unknownSourceMessage('x', '[@x]', [], 'fixtures/sources/')).toBe(
      'unknown source "x" in citation [@x]. Sources are the files in fixtures/sources/; cite one by its file name without .yaml.',
    );
  });

  it('uses the schema rule for unknown status words', () => {
    expect(unknownBadgeMessage('confimed', '[!confimed]')).toBe(
      'unknown status word "confimed" in badge [!confimed] (did you mean "confirmed"?). Use one of the status words: confirmed, reported, unconfirmed, disputed, unknown.',
    );
    expect(malformedCitationMessage('[@]', 'why')).toBe('malformed citation [@]: why.');
  });
});
