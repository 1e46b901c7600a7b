/**
 * The text version of a diagram: its nodes and relations, messages or events in words, derived
 * from the mermaid source. Screen-reader users and the search index (which does not read SVG)
 * get the diagram's content from it. Pure; the result is plain strings, never markup.
 */
import { diagramType, meaningfulLines, withoutAccessibility } from './source.ts';
import { flowchartItems } from './text-flowchart.ts';
import { decodeLabel, type TextItem } from './label.ts';
import { t } from '../i18n/dictionaries/index.ts';

export type { TextItem } from './label.ts';

/** Names joined in the language `code`: "A and B", "A and B and C". */
export function joinNames(names: readonly string[], code: string): string {
  return names.reduce((a, b) => t(code, 'diagrams.and', { a, b }));
}

function body(source: string): string[] {
  return withoutAccessibility(meaningfulLines(source)).slice(1);
}

function timelineItems(lines: string[]): TextItem[] {
  const root: TextItem[] = [];
  let section: TextItem | undefined;
  let last: TextItem | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (/^title\s/.test(line)) continue;
    const sec = /^section\s+(.+)$/.exec(line);
    if (sec) {
      section = { text: decodeLabel(sec[1] ?? ''), children: [] };
      root.push(section);
      continue;
    }
    // Mermaid starts a new event at a colon followed by a space, so "10:30" stays whole.
    const parts = line.split(/:\s+|:$/).map((p) => decodeLabel(p));
    if (line.startsWith(':') && last) {
      last.text += `; ${parts.filter(Boolean).join('; ')}`;
      continue;
    }
    const [period, ...events] = parts;
    const named = events.filter(Boolean);
    last = { text: named.length ? `${period}: ${named.join('; ')}` : (period ?? '') };
    (section?.children ?? root).push(last);
  }
  return root;
}

function mindmapLabel(line: string): string {
  const text = line.trim().replace(/^::icon\(.*\)$/, '');
  const shaped =
    /^[^\s([{)]*\s*(?:\(\(|\)\)|\{\{|\(-|\[|\(|\))(.*?)(?:\)\)|\(\(|\}\}|-\)|\]|\)|\()$/.exec(text);
  return decodeLabel(shaped?.[1] ?? text);
}

function mindmapItems(lines: string[]): TextItem[] {
  const stack: { indent: number; item: TextItem }[] = [];
  const root: TextItem[] = [];
  for (const line of lines) {
    if (/^\s*(::icon|:::)/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    const item: TextItem = { text: mindmapLabel(line) };
    while (stack.length && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    const parent = stack.at(-1)?.item;
    if (parent) (parent.children ??= []).push(item);
    else root.push(item);
    stack.push({ indent, item });
  }
  return root;
}

function sequenceItems(lines: string[], code: string): TextItem[] {
  const names = new Map<string, string>();
  const name = (id: string) => names.get(id.trim()) ?? decodeLabel(id);
  const items: TextItem[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const decl = /^(?:participant|actor)\s+(\S+)(?:\s+as\s+(.+))?$/.exec(line);
    if (decl) {
      names.set(decl[1] ?? '', decodeLabel(decl[2] ?? decl[1] ?? ''));
      continue;
    }
    const note = /^note\s+(?:over|left of|right of)\s+([^:]+):\s*(.*)$/i.exec(line);
    if (note) {
      const who = joinNames((note[1] ?? '').split(',').map(name), code);
      items.push({
        text: t(code, 'diagrams.text.note', { who, text: decodeLabel(note[2] ?? '') }),
      });
      continue;
    }
    const msg = /^([^-<>:]+?)\s*(?:<<)?(-{1,2}(?:>>|>|x|\)))\s*[+-]?([^:]+?)\s*:\s*(.*)$/.exec(
      line,
    );
    if (msg) {
      const reply = (msg[2] ?? '').startsWith('--');
      items.push({
        text: t(code, reply ? 'diagrams.text.reply' : 'diagrams.text.message', {
          from: name(msg[1] ?? ''),
          to: name(msg[3] ?? ''),
          text: decodeLabel(msg[4] ?? ''),
        }),
      });
      continue;
    }
    const block = /^(loop|alt|else|opt|par|and|critical|break|rect)\b\s*(.*)$/.exec(line);
    if (block && block[1] !== 'rect' && block[2])
      items.push({ text: `${block[1]}: ${decodeLabel(block[2])}` });
  }
  return items;
}

function pieItems(lines: string[]): TextItem[] {
  return lines.flatMap((line) => {
    const slice = /^\s*"(.+)"\s*:\s*([\d.]+)\s*$/.exec(line);
    return slice ? [{ text: `${decodeLabel(slice[1] ?? '')}: ${slice[2]}` }] : [];
  });
}

function xyItems(lines: string[]): TextItem[] {
  let categories: string[] = [];
  const items: TextItem[] = [];
  for (const line of lines.map((l) => l.trim())) {
    const x = /^x-axis\s+(?:"[^"]*"\s*)?\[(.*)\]$/.exec(line);
    if (x) categories = (x[1] ?? '').split(',').map((c) => decodeLabel(c.trim()));
    const series = /^(bar|line)\s+(?:"([^"]*)"\s*)?\[(.*)\]$/.exec(line);
    if (series) {
      const values = (series[3] ?? '').split(',').map((v) => v.trim());
      const pairs = values.map((v, i) => (categories[i] ? `${categories[i]} ${v}` : v));
      items.push({ text: `${series[2] ?? series[1]}: ${pairs.join(', ')}` });
    }
  }
  return items;
}

/**
 * The text version of a diagram. Flowcharts give "A → B (label)" per edge and groups with their
 * members; sequences give their messages; timelines "period: events" grouped by section;
 * mindmaps their hierarchy; pies and xy charts their figures. Other types give their lines.
 */
export function textVersion(source: string, code = 'en'): TextItem[] {
  const lines = body(source);
  switch (diagramType(source)) {
    case 'flowchart':
      return flowchartItems(lines, code);
    case 'sequenceDiagram':
      return sequenceItems(lines, code);
    case 'timeline':
      return timelineItems(lines);
    case 'mindmap':
      return mindmapItems(lines);
    case 'pie':
      return pieItems(lines);
    case 'xychart':
    case 'xychart-beta':
      return xyItems(lines);
    default:
      return lines.map((line) => ({ text: decodeLabel(line) }));
  }
}
