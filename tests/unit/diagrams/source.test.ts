import { describe, expect, it } from 'vitest';
import {
  accessibilityHelp,
  diagramType,
  extractAccessibility,
  findFenceLine,
  forRendering,
  meaningfulLines,
  sourceLineOf,
} from '../../../src/diagrams/source.ts';

const FLOW = 'flowchart LR\n  accTitle: The title\n  accDescr: The description\n  A --> B';

describe('diagramType', () => {
  it('reads the first keyword, skipping comments, directives and front matter', () => {
    expect(diagramType(FLOW)).toBe('flowchart');
    expect(diagramType('graph TD\n A-->B')).toBe('flowchart');
    expect(diagramType('%% note\n%%{init: {}}%%\nsequenceDiagram\n A->>B: x')).toBe(
      'sequenceDiagram',
    );
    expect(diagramType('---\ntitle: T\n---\nmindmap\n  root')).toBe('mindmap');
  });

  it('meaningfulLines drops blank and comment lines', () => {
    expect(meaningfulLines('a\n\n%% c\nb')).toEqual(['a', 'b']);
  });
});

describe('extractAccessibility', () => {
  it('reads single-line accTitle and accDescr', () => {
    expect(extractAccessibility(FLOW)).toEqual({
      title: 'The title',
      description: 'The description',
    });
  });

  it('reads the block form of accDescr, joining its lines', () => {
    const source =
      'flowchart LR\n  accTitle: T\n  accDescr {\n    First line\n    second line\n  }\n  A --> B';
    expect(extractAccessibility(source)).toEqual({
      title: 'T',
      description: 'First line second line',
    });
  });

  it('reports what is missing', () => {
    expect(extractAccessibility('flowchart LR\n A --> B')).toEqual({});
    expect(extractAccessibility('flowchart LR\n accTitle: Only\n A --> B')).toEqual({
      title: 'Only',
    });
  });
});

describe('forRendering', () => {
  it('turns the accessibility lines into comments and keeps the line count', () => {
    const source = 'mindmap\n  accTitle: T\n  accDescr {\n  a\n  }\n  root((Plan))';
    const out = forRendering(source);
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
    expect(out).not.toMatch(/accTitle|accDescr|^\s*a$/m);
    expect(out).toContain('root((Plan))');
    // A bare "%%" line would be drawn as a node by flowcharts.
    expect(
      out
        .split('\n')
        .filter((l) => l.startsWith('%%'))
        .every((l) => l.length > 3),
    ).toBe(true);
  });
});

describe('findFenceLine', () => {
  const file = [
    '---',
    'title: Page',
    '---',
    '',
    'Text.',
    '',
    '```mermaid',
    'flowchart LR',
    '  A --> B',
    '```',
    '',
    '~~~mermaid',
    'flowchart LR',
    '  A --> B',
    '~~~',
    '',
    '   ```mermaid',
    '   pie',
    '     "a" : 1',
    '   ```',
  ].join('\n');

  it('finds the opening fence line of a block in the file on disk, front matter included', () => {
    expect(findFenceLine(file, 'flowchart LR\n  A --> B')).toBe(7);
  });

  it('tells identical blocks apart by their order, and reads ~~~ fences', () => {
    expect(findFenceLine(file, 'flowchart LR\n  A --> B', 1)).toBe(12);
    expect(findFenceLine(file, 'flowchart LR\n  A --> B', 2)).toBeUndefined();
  });

  it('removes the fence indentation before comparing', () => {
    expect(findFenceLine(file, 'pie\n  "a" : 1')).toBe(17);
  });

  it('gives undefined for a diagram that is not in the file', () => {
    expect(findFenceLine(file, 'sequenceDiagram')).toBeUndefined();
  });
});

describe('accessibilityHelp', () => {
  it('shows both lines in an example fence of the same type', () => {
    const help = accessibilityHelp('mindmap');
    expect(help).toContain('```mermaid\nmindmap');
    expect(help).toMatch(/accTitle: .+/);
    expect(help).toMatch(/accDescr: .+/);
  });
});

describe('sourceLineOf', () => {
  const diagram = [
    '',
    'flowchart LR',
    '  accTitle: T',
    '  %% a comment',
    '  accDescr: D',
    '  A --> B',
    '  B -->',
  ].join('\n');

  it("maps mermaid's line numbers, which skip comments and leading blank lines, to the written lines", () => {
    expect(sourceLineOf(diagram, 1)).toBe(2);
    expect(sourceLineOf(diagram, 2)).toBe(6);
    expect(sourceLineOf(diagram, 3)).toBe(7);
  });

  it('points past-the-end errors at the last line', () => {
    expect(sourceLineOf(diagram, 9)).toBe(7);
  });
});
