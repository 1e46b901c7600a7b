/**
 * Labels in mermaid text, both ways: escaping our data safely into mermaid source (quotes,
 * brackets, HTML and mermaid's own syntax characters become entity codes, so a label can never
 * become markup or break the diagram) and decoding labels back to plain text for the text version.
 */

/** One line of the text version of a diagram, with nested lines for hierarchies and groups. */
export interface TextItem {
  text: string;
  children?: TextItem[];
}

/**
 * Escapes text for use inside a quoted mermaid label (`A["…"]`). Every character that mermaid or
 * HTML gives a meaning becomes a numeric entity code (`#35;`), which mermaid turns back into the
 * character as text. Line breaks become spaces.
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"&<>`[\](){}|;:%\\]/g, (ch) => `#${ch.codePointAt(0)};`);
}

/** Turns mermaid entity codes (`#quot;`, `#35;`) and line breaks in labels into plain text. */
export function decodeLabel(label: string): string {
  const named: Record<string, string> = {
    quot: '"',
    amp: '&',
    lt: '<',
    gt: '>',
    apos: "'",
    nbsp: ' ',
  };
  return label
    .replace(/<br\s*\/?>/gi, ' ')
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/^`(.*)`$/s, '$1')
    .replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/#([a-z]+);/gi, (match, name: string) => named[name.toLowerCase()] ?? match)
    .replace(/\s+/g, ' ')
    .trim();
}
