/**
 * Flowchart text version: "A → B (label)" per edge, then each group with its members, then
 * nodes that have no edge. A small reader of the flowchart syntax the site uses; a statement it
 * cannot read is kept as written rather than dropped, so no content goes missing.
 */
import { decodeLabel, type TextItem } from './label.ts';
import { t } from '../i18n/dictionaries/index.ts';

const ID = /^[\p{L}\p{N}_.]+/u;
// Shape openers and their closers, longest first so "((" wins over "(".
const SHAPES: [string, string][] = [
  ['(((', ')))'],
  ['((', '))'],
  ['([', '])'],
  ['[[', ']]'],
  ['[(', ')]'],
  ['{{', '}}'],
  ['[/', '/]'],
  ['[\\', '\\]'],
  ['[/', '\\]'],
  ['[\\', '/]'],
  ['>', ']'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
];
const PIPE_EDGE = /^\s*([<xo]?(?:-{2,}|={2,}|-\.+-)[>xo]?)\s*\|([^|]*)\|\s*/;
const TEXT_EDGE =
  /^\s*([<xo]?(?:--|==|-\.))\s*(?![->.=])(.+?)\s*((?:-{2,}|={2,}|\.+-)[>xo]?)\s*(?=[\p{L}\p{N}_])/u;
const PLAIN_EDGE = /^\s*([<xo]?(?:-{2,}|={2,}|-\.+-|~{3,})[>xo]?)\s*/;

interface Node {
  id: string;
  label?: string;
}

/** Reads one node reference (`A`, `A[Label]`, `A(("Label"))`, `A:::cls`) at the start of `text`. */
function readNode(text: string): { node: Node; rest: string } | undefined {
  const id = ID.exec(text)?.[0];
  if (!id) return undefined;
  let rest = text.slice(id.length);
  let label: string | undefined;
  const shape = SHAPES.find(([open]) => rest.startsWith(open));
  if (shape) {
    const [open, close] = shape;
    const inner = rest.slice(open.length);
    const quoted = /^\s*"([^"]*)"\s*/.exec(inner);
    const end = quoted ? inner.indexOf(close, quoted[0].length) : inner.indexOf(close);
    if (end < 0) return undefined;
    label = decodeLabel(quoted ? (quoted[1] ?? '') : inner.slice(0, end));
    rest = inner.slice(end + close.length);
  }
  rest = rest.replace(/^:::[\w-]+/, '');
  return { node: label === undefined ? { id } : { id, label }, rest: rest.trimStart() };
}

function readEdge(text: string): { label?: string; arrow: string; rest: string } | undefined {
  const pipe = PIPE_EDGE.exec(text);
  if (pipe)
    return {
      arrow: pipe[1] ?? '',
      label: decodeLabel(pipe[2] ?? ''),
      rest: text.slice(pipe[0].length),
    };
  const withText = TEXT_EDGE.exec(text);
  if (withText)
    return {
      arrow: withText[3] ?? '',
      label: decodeLabel(withText[2] ?? ''),
      rest: text.slice(withText[0].length),
    };
  const plain = PLAIN_EDGE.exec(text);
  if (plain) return { arrow: plain[1] ?? '', rest: text.slice(plain[0].length) };
  return undefined;
}

/**
 * Splits a line into statements at semicolons, except inside quotes and at the end of an entity
 * code such as `#60;`.
 */
export function statements(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted && !/#\w+$/.test(current)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  return [...out, current];
}

/** Reads `A & B` at the start of `text`. */
function readGroup(text: string): { nodes: Node[]; rest: string } | undefined {
  const nodes: Node[] = [];
  let rest = text;
  for (;;) {
    const read = readNode(rest);
    if (!read) return undefined;
    nodes.push(read.node);
    rest = read.rest;
    const amp = /^&\s*/.exec(rest);
    if (!amp) return { nodes, rest };
    rest = rest.slice(amp[0].length);
  }
}

/** The text version of a flowchart's body lines (header and accessibility lines removed). */
export function flowchartItems(lines: string[], code = 'en'): TextItem[] {
  const labels = new Map<string, string>();
  const order: string[] = [];
  const linked = new Set<string>();
  const edges: { from: string[]; to: string[]; label?: string; arrow: string }[] = [];
  const groups: { id: string; title: string; members: string[] }[] = [];
  const open: { id: string; title: string; members: string[] }[] = [];
  const unread: string[] = [];
  const remember = (node: Node) => {
    if (!labels.has(node.id) || node.label !== undefined)
      labels.set(node.id, node.label ?? node.id);
    if (groups.some((g) => g.id === node.id)) return;
    if (!order.includes(node.id)) order.push(node.id);
    open.at(-1)?.members.push(node.id);
  };
  for (const statement of lines.flatMap(statements).map((s) => s.trim())) {
    if (!statement || /^(direction|classDef|class|style|linkStyle|click)\b/.test(statement))
      continue;
    const sub = /^subgraph\s+(.+)$/.exec(statement);
    if (sub) {
      const read = readNode(sub[1] ?? '');
      const title =
        read && !read.rest ? (read.node.label ?? read.node.id) : decodeLabel(sub[1] ?? '');
      const id = read && !read.rest ? read.node.id : title;
      labels.set(id, title);
      const group = { id, title, members: [] };
      groups.push(group);
      open.push(group);
      continue;
    }
    if (statement === 'end') {
      open.pop();
      continue;
    }
    let read = readGroup(statement);
    if (!read) {
      unread.push(decodeLabel(statement));
      continue;
    }
    read.nodes.forEach(remember);
    let from = read.nodes;
    let rest = read.rest;
    while (rest) {
      const edge = readEdge(rest);
      const next = edge && readGroup(edge.rest);
      if (!edge || !next) {
        unread.push(decodeLabel(statement));
        break;
      }
      next.nodes.forEach(remember);
      // An invisible link (~~~) only places boxes; it says nothing about them.
      if (!edge.arrow.startsWith('~'))
        edges.push({
          from: from.map((n) => n.id),
          to: next.nodes.map((n) => n.id),
          arrow: edge.arrow,
          ...(edge.label ? { label: edge.label } : {}),
        });
      if (!edge.arrow.startsWith('~')) [...from, ...next.nodes].forEach((n) => linked.add(n.id));
      from = next.nodes;
      rest = next.rest;
      read = next;
    }
  }
  const label = (id: string) => labels.get(id) ?? id;
  const name = (ids: string[]) =>
    ids.map(label).reduce((a, b) => t(code, 'diagrams.and', { a, b }));
  const items: TextItem[] = edges.map((e) => {
    const arrow = /[>xo]$/.test(e.arrow) ? (e.arrow.startsWith('<') ? '↔' : '→') : '—';
    return { text: `${name(e.from)} ${arrow} ${name(e.to)}${e.label ? ` (${e.label})` : ''}` };
  });
  for (const g of groups) {
    const members = [...new Set(g.members)];
    items.push({
      text: t(code, 'diagrams.text.group', {
        title: g.title,
        members: members.map(label).join(', '),
      }),
    });
  }
  const grouped = new Set(groups.flatMap((g) => g.members));
  for (const id of order.filter((id) => !linked.has(id) && !grouped.has(id))) {
    items.push({ text: labels.get(id) ?? id });
  }
  return [...items, ...unread.map((text) => ({ text }))];
}
