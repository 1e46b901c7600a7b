/**
 * Shared machinery of the remark plugins for inline markers (`[@id]` citations and `[!word]`
 * status badges): finding them in text, replacing them with new nodes, pointing errors at the
 * right file and line, and passing results to the layout through the frontmatter.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Found } from './citations.ts';

/** Where a marker is in the file: 1-based line and column. */
export interface MarkerPlace {
  line: number;
  column: number;
}

/** Builds the nodes that replace one marker found at `at`. */
export type BuildMarker<T> = (found: Found<T>, at: MarkerPlace) => PhrasingContent[];

/**
 * Replace every marker found by `find` in the text of `tree` with the nodes `build` returns.
 * Markers are looked for in text nodes and, because `[@x]` with a matching `[@x]: url` definition
 * parses as a reference link, in shortcut link references whose label starts with `opening`.
 */
export function replaceMarkers<T>(
  tree: Root,
  opening: '@' | '!',
  find: (text: string) => Found<T>[],
  build: BuildMarker<T>,
): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || parent.type === 'link') return undefined;
    let text: string;
    if (node.type === 'text') text = node.value;
    else if (node.type === 'linkReference' && node.label?.startsWith(opening)) {
      text = `[${node.label}]`;
    } else return undefined;
    const found = find(text);
    if (found.length === 0) return undefined;
    const start = node.position?.start ?? { line: 1, column: 1 };
    const replacement: PhrasingContent[] = [];
    let last = 0;
    // A marker never starts a line on its own: the space before it becomes a no-break space.
    const previous = parent.children[index - 1];
    if (found[0]?.start === 0 && previous?.type === 'text') previous.value = glue(previous.value);
    for (const marker of found) {
      if (marker.start > last)
        replacement.push({ type: 'text', value: glue(text.slice(last, marker.start)) });
      replacement.push(...build(marker, placeIn(text, marker.start, start)));
      last = marker.end;
    }
    if (last < text.length) replacement.push({ type: 'text', value: text.slice(last) });
    (parent.children as RootContent[]).splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
}

/** Text before a marker, with its trailing spaces turned into one no-break space. */
function glue(text: string): string {
  return text.replace(/[ \t]+$/, '\u00a0');
}

/** The file position of `offset` in a node's text, given where the node starts. */
function placeIn(text: string, offset: number, start: MarkerPlace): MarkerPlace {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return lines.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + lines.length - 1, column: last.length + 1 };
}

/**
 * An Error for a bad marker: its message starts with `file:line:` and it carries `line` and
 * `column`, which Astro's MDX compiler uses to point its error overlay at the marker.
 */
export function markerError(file: VFile, at: MarkerPlace, message: string): Error {
  return Object.assign(new Error(`${place(file, at.line)}: ${message}`), at);
}

/**
 * `content/pages/x.mdx:12`: the file (relative to the working directory) and the line in it.
 * Astro hands .md bodies to remark with the frontmatter cut off, so their line numbers start
 * after it; this adds the missing lines back by finding the body in the file on disk.
 */
export function place(file: VFile, line: number): string {
  if (!file.path) return `(Markdown input):${line}`;
  let offset = 0;
  const body = String(file.value);
  if (body.trim() !== '' && existsSync(file.path)) {
    const original = readFileSync(file.path, 'utf8');
    const at = original === body ? 0 : original.indexOf(body);
    if (at > 0) offset = original.slice(0, at).split('\n').length - 1;
  }
  return `${relative(file.cwd, file.path).split(sep).join('/')}:${line + offset}`;
}

/** Set a value in the page's frontmatter as seen by the layout (`remarkPluginFrontmatter`). */
export function setFrontmatter(file: VFile, key: string, value: unknown): void {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key] = value;
}
