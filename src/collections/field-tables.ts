/**
 * README.md's field tables, generated from the schemas: one row per field with whether it is
 * required and its `.describe()` text (plus the allowed words of a field that takes one of a
 * list). `npm run readme:fields` writes them between `<!-- fields:<collection> -->` markers; a
 * test fails when README.md differs from what this module generates.
 */
import type { z } from 'astro/zod';
import { describe, fieldsAt, requiredFields, schemaAt } from './schema-info.ts';
import { COLLECTIONS, type CollectionName } from './registry.ts';

/** The words an enum field (or a list of them) allows, or undefined. */
function allowedWords(schema: z.ZodType | undefined): readonly string[] | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def['type'] === 'enum') return Object.values(def['entries'] as Record<string, string>);
    current = (def['innerType'] ?? def['out'] ?? def['element']) as z.ZodType | undefined;
  }
  return undefined;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The Markdown table of one collection's fields, as Prettier formats it. */
export function fieldTable(schema: z.ZodType): string {
  const required = new Set(requiredFields(schema));
  const rows = fieldsAt(schema, []).map((field) => {
    const inner = schemaAt(schema, [field]);
    const words = allowedWords(inner);
    const parts = fieldsAt(schema, [field, 0]);
    const meaning = [
      describe(inner) ?? '',
      words ? `One of ${words.map((w) => `\`${w}\``).join(', ')}.` : '',
      parts.length > 0 ? `Each with ${parts.map((p) => `\`${p}\``).join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return [`\`${field}\``, required.has(field) ? 'yes' : 'no', cell(meaning)];
  });
  const header = ['field', 'required', 'meaning'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const marker = (name: CollectionName) =>
  new RegExp(`(<!-- fields:${name} -->\\n)[\\s\\S]*?(\\n<!-- /fields:${name} -->)`);

/** README.md with every collection's table replaced by the generated one. */
export function withFieldTables(readme: string): string {
  let text = readme;
  for (const { name, schema } of COLLECTIONS) {
    text = text.replace(
      marker(name),
      (_, open: string, close: string) => `${open}\n${fieldTable(schema)}\n${close}`,
    );
  }
  return text;
}

/** The collections whose table markers README.md lacks. */
export function missingFieldTables(readme: string): CollectionName[] {
  return COLLECTIONS.map((c) => c.name).filter((name) => !marker(name).test(readme));
}
