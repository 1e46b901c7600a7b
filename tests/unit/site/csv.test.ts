import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/site/csv.ts';

describe('toCsv', () => {
  it('writes a header and CRLF rows', () => {
    expect(toCsv([{ a: 1, b: 'x' }], ['a', 'b'])).toBe('a,b\r\n1,x\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([{ a: 'one, two', b: 'say "hi"\nthen' }], ['a', 'b'])).toBe(
      'a,b\r\n"one, two","say ""hi""\nthen"\r\n',
    );
  });

  it('joins lists and leaves missing values empty', () => {
    expect(toCsv([{ a: ['x', 'y'], b: undefined }], ['a', 'b'])).toBe('a,b\r\nx; y,\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(toCsv([{ a: '=HYPERLINK("x")' }], ['a'])).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n');
    expect(toCsv([{ a: '-2+3' }, { a: '@SUM(A1)' }, { a: '+x' }], ['a'])).toBe(
      "a\r\n'-2+3\r\n'@SUM(A1)\r\n'+x\r\n",
    );
  });

  it('leaves negative and signed numbers as numbers', () => {
    expect(toCsv([{ a: -5, b: '-5', c: '+1.5' }], ['a', 'b', 'c'])).toBe('a,b,c\r\n-5,-5,+1.5\r\n');
  });
});
