import { describe, expect, it } from 'vitest';
import { asProblem, dictionaryCheck } from '../../../src/collections/check/dictionaries.ts';
import { dictionaryProblems } from '../../../src/i18n/dictionaries/index.ts';

describe('the dictionaries in the content check', () => {
  it('finds nothing wrong with the dictionaries as they are', () => {
    expect(dictionaryCheck()).toEqual([]);
  });

  it('reports a missing and an extra key with the file, line and key', () => {
    const source = "export const uk = {\n  toc: {\n    titel: 'Зміст',\n  },\n};\n";
    const problems = dictionaryProblems(
      { toc: { title: 'On this page' } },
      { toc: { titel: 'Зміст' } },
      'uk',
      { source },
    ).map(asProblem);
    expect(problems).toEqual([
      {
        file: 'src/i18n/dictionaries/uk.ts',
        line: 2,
        message: expect.stringContaining('missing key "toc.title"'),
      },
      {
        file: 'src/i18n/dictionaries/uk.ts',
        line: 3,
        message: expect.stringContaining('extra key "toc.titel"'),
      },
    ]);
  });
});
