/**
 * YAML parsing that remembers where every value came from, so the check can say
 * "content/events/x.yaml:7" instead of "the events collection". Used for data files and for the
 * frontmatter of .md/.mdx files (offset by the opening `---` line).
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A place in a file: 1-based line and, where known, column. */
export interface Position {
  line: number;
  column?: number;
}

/** A syntax error with its place and a message for a contributor. */
export interface YamlError extends Position {
  message: string;
}

/** Parsed YAML plus a way back from a field path to its line. */
export interface ParsedYaml {
  /** The plain data, or undefined when the YAML could not be parsed. */
  data: unknown;
  errors: YamlError[];
  /** The line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The line of the key `key` in the mapping at `path` (for unknown or repeated fields). */
  keyLineOf(path: readonly PropertyKey[], key: string): number;
}

const KEY_VALUE_HINT =
  'Write each field as "name: value", with a colon and a space after the name.';

/** What to do about each kind of YAML syntax error, keyed by the `yaml` package's error codes. */
const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'A value that contains ": " must be put in quotes, like title: "Geneva: the talks".',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  DUPLICATE_KEY: 'Each field may appear only once; remove or merge the repeated one.',
  BAD_INDENT:
    'Check the indentation: items of the same list or group start in the same column, two spaces per level.',
  MULTILINE_IMPLICIT_KEY: KEY_VALUE_HINT,
  MULTIPLE_DOCS: 'A file holds one entry: remove the extra "---" line.',
};
const DEFAULT_HINT =
  'Put a value in quotes if it starts with a quote, [, {, @, `, * or #, or contains ": " or " #".';

/** What to do about a syntax error, from its code (and, for MISSING_CHAR, what is missing). */
function hint(code: string, message: string): string {
  if (code === 'MISSING_CHAR') {
    return /quote|\]|\}/.test(message)
      ? 'Close the quotation mark or bracket opened on an earlier line.'
      : KEY_VALUE_HINT;
  }
  return HINTS[code] ?? DEFAULT_HINT;
}

/**
 * Parse YAML text. `firstLine` is the line in the file where the YAML text begins
 * (1 for a .yaml file, 2 for frontmatter after a `---` line).
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const toLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  // Only the first syntax error: the ones after it are usually knock-on effects of the first.
  const errors: YamlError[] = doc.errors.slice(0, 1).map((error) => {
    const where = error.linePos?.[0] ?? { line: 1, col: 1 };
    const what = error.message.split(/ at line \d+, column \d+/)[0]?.trim() ?? error.message;
    return {
      line: where.line + firstLine - 1,
      column: where.col,
      message: `YAML syntax error: ${what.replace(/\.?$/, '.')} ${hint(error.code, what)}`,
    };
  });
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS();
    } catch (error) {
      // e.g. an alias (*name) whose anchor is missing: the parser only notices while converting.
      errors.push({ line: firstLine, message: `YAML error: ${(error as Error).message}` });
    }
  }
  return {
    data,
    errors,
    lineOf: (path) => toLine(nodeStart(doc, path)),
    keyLineOf: (path, key) => {
      const map = doc.getIn(path as unknown[], true);
      const pair = isMap(map)
        ? map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
        : undefined;
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      return toLine(range?.[0] ?? nodeStart(doc, path));
    },
  };
}

/** The start offset of the node at `path`, walking up to the nearest ancestor that exists. */
function nodeStart(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return range[0];
  }
  return 0;
}

/** A Markdown file split into its frontmatter YAML and its body, keeping line numbers. */
export interface SplitMarkdown {
  /** The frontmatter YAML, or undefined when the file has none. */
  frontmatter: string | undefined;
  /** The line of the file where the frontmatter YAML begins. */
  frontmatterLine: number;
  /** The file with the frontmatter blanked out line by line, so body positions are file positions. */
  body: string;
  /** What follows the frontmatter's closing line, as written. */
  after: string;
}

// Like Astro's own: optional blank lines, then `---`, the YAML, and a closing `---`.
const FRONTMATTER = /^(\uFEFF?(?:[ \t]*\r?\n)*)---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?=\r?\n|$)/;

/** Split a .md/.mdx file into frontmatter and body. */
export function splitFrontmatter(text: string): SplitMarkdown {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: text, after: text };
  const leading = match[1] ?? '';
  const blanked = match[0].replace(/[^\r\n]/g, '');
  return {
    frontmatter: match[2] ?? '',
    frontmatterLine: leading.split('\n').length + 1,
    body: blanked + text.slice(match[0].length),
    after: text.slice(match[0].length).replace(/^\r?\n/, ''),
  };
}
