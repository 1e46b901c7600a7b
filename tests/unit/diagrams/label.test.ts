import { describe, expect, it } from 'vitest';
import { decodeLabel, escapeLabel } from '../../../src/diagrams/label.ts';

describe('escapeLabel', () => {
  it('turns every character with a meaning in mermaid or HTML into an entity code', () => {
    const nasty = '<b>"Peace" & [plan] (v2) {x} | a;b: 50% #1 `c` \\';
    const escaped = escapeLabel(nasty);
    expect(escaped.replace(/#\d+;/g, '')).not.toMatch(/[<>"&[\](){}|;:%`\\#]/);
    expect(escaped).toContain('#60;b#62;');
  });

  it('makes one line of text', () => {
    expect(escapeLabel('  two\n lines  ')).toBe('two lines');
  });

  it('round-trips through decodeLabel', () => {
    const text = '<script>alert("x")</script> & [a] (b) {c} #2: 5%';
    expect(decodeLabel(`"${escapeLabel(text)}"`)).toBe(text);
  });
});

describe('decodeLabel', () => {
  it('decodes named and numeric codes, line breaks, quotes and markdown-string backticks', () => {
    expect(decodeLabel('"#quot;Hi#quot; #amp; #35;1"')).toBe('"Hi" & #1');
    expect(decodeLabel('First<br>second<br/>third')).toBe('First second third');
    expect(decodeLabel('`Markdown text`')).toBe('Markdown text');
  });

  it('leaves unknown named codes alone', () => {
    expect(decodeLabel('#notacode;')).toBe('#notacode;');
  });
});
